import { isReply, type Conn } from "../../conntrack/conn";
import { protocolToName } from "../../iptables/protocol";
import type { Packet } from "../../stack/packet";
import type { ConntrackMatch, Test } from "./conntrack";
import { connOf, ctstateBits } from "./ct-state";
import { stateNames, statusNames } from "./ct-words";
import type { Range } from "./xtopt-uint32-range";
import { addrWhy, rangeWhy, setWhy, valueWhy } from "./why-text";
import type { AddrMask } from "../rule";

/** The test of conntrack_mt that said no; "untracked" is a packet without a connection. */
export type ConntrackFailure =
  | "state"
  | "untracked"
  | "direction"
  | "origSrc"
  | "origDst"
  | "replSrc"
  | "replDst"
  | "proto"
  | "origSrcPort"
  | "origDstPort"
  | "replSrcPort"
  | "replDstPort"
  | "status"
  | "expire";

/** Only the four bits --ctstatus knows are compared (and named). */
const STATUS_BITS = 0xf;

const addrOk = (t: Test<AddrMask> | undefined, addr: number) =>
  !t || (((addr ^ t.value.addr) & t.value.mask) === 0) !== t.invert;
const rangeOk = (t: Test<Range> | undefined, n: number) =>
  !t || (n >= t.value[0] && n <= t.value[1]) !== t.invert;

/** nf_ct_expires / HZ: whole seconds left, never below 0. */
export const secondsLeft = (ct: Conn, now: number) => Math.floor(Math.max(ct.expires - now, 0) / 1000);

/**
 * conntrack_mt (revision 3) in its order: the first test that fails, or undefined when the packet
 * matches. Without a connection only --ctstate can match, and then it decides alone.
 */
export function conntrackFailure(
  m: ConntrackMatch,
  packet: Packet,
  now: number,
): ConntrackFailure | undefined {
  if (m.state && ((m.state.value & ctstateBits(packet)) !== 0) === m.state.invert) return "state";
  const ct = connOf(packet);
  if (!ct) return m.state ? undefined : "untracked";
  if (m.direction && !isReply(packet.ctinfo!) !== (m.direction === "ORIGINAL")) return "direction";
  if (!addrOk(m.origSrc, ct.orig.src)) return "origSrc";
  if (!addrOk(m.origDst, ct.orig.dst)) return "origDst";
  if (!addrOk(m.replSrc, ct.reply.src)) return "replSrc";
  if (!addrOk(m.replDst, ct.reply.dst)) return "replDst";
  if (m.proto && (ct.orig.proto === m.proto.value) === m.proto.invert) return "proto";
  if (!rangeOk(m.origSrcPort, ct.orig.sport)) return "origSrcPort";
  if (!rangeOk(m.origDstPort, ct.orig.dport)) return "origDstPort";
  if (!rangeOk(m.replSrcPort, ct.reply.sport)) return "replSrcPort";
  if (!rangeOk(m.replDstPort, ct.reply.dport)) return "replDstPort";
  if (m.status && ((m.status.value & ct.status) !== 0) === m.status.invert) return "status";
  if (!rangeOk(m.expire, secondsLeft(ct, now))) return "expire";
  return undefined;
}

const protoText = (proto: number) => protocolToName(proto) ?? String(proto);

/** The trace's words for the test that failed (see conntrackFailure). */
export function conntrackWhy(m: ConntrackMatch, packet: Packet, now: number): string {
  const failure = conntrackFailure(m, packet, now);
  const ct = connOf(packet)!;
  const port = (option: string, t: Test<Range>, n: number) =>
    rangeWhy(option, n, t.value[0], t.value[1], t.invert);
  switch (failure) {
    case "state":
      return setWhy("ctstate", stateNames(ctstateBits(packet)), stateNames(m.state!.value), m.state!.invert);
    case "untracked":
      return `no connection (${stateNames(ctstateBits(packet))})`;
    case "direction":
      return valueWhy("ctdir", isReply(packet.ctinfo!) ? "REPLY" : "ORIGINAL", m.direction!, false);
    case "origSrc":
      return addrWhy("ctorigsrc", ct.orig.src, m.origSrc!.value, m.origSrc!.invert);
    case "origDst":
      return addrWhy("ctorigdst", ct.orig.dst, m.origDst!.value, m.origDst!.invert);
    case "replSrc":
      return addrWhy("ctreplsrc", ct.reply.src, m.replSrc!.value, m.replSrc!.invert);
    case "replDst":
      return addrWhy("ctrepldst", ct.reply.dst, m.replDst!.value, m.replDst!.invert);
    case "proto":
      return valueWhy("ctproto", protoText(ct.orig.proto), protoText(m.proto!.value), m.proto!.invert);
    case "origSrcPort":
      return port("ctorigsrcport", m.origSrcPort!, ct.orig.sport);
    case "origDstPort":
      return port("ctorigdstport", m.origDstPort!, ct.orig.dport);
    case "replSrcPort":
      return port("ctreplsrcport", m.replSrcPort!, ct.reply.sport);
    case "replDstPort":
      return port("ctrepldstport", m.replDstPort!, ct.reply.dport);
    case "status":
      return setWhy(
        "ctstatus",
        statusNames(ct.status & STATUS_BITS),
        statusNames(m.status!.value),
        m.status!.invert,
      );
    case "expire":
      return port("ctexpire", m.expire!, secondsLeft(ct, now));
    case undefined:
      return "";
  }
}
