import { protocolToName } from "../iptables/protocol";
import type { Hook } from "./hooks";
import { addrWhy, valueWhy } from "./matches/why-text";
import { INVERT, type AddrMask, type Rule } from "./rule";
import { inDevice, outDevice } from "./xt-devices";
import type { Packet } from "../stack/packet";

const PLUS = 0x2b;

/**
 * ifname_compare_aligned with the mask libxtables builds: "eth+" compares the first three bytes, a
 * plain name the whole name and its NUL, "" (also `-i +`) nothing.
 */
export function ifaceMatches(dev: string, pattern: string): boolean {
  const last = pattern.length - 1;
  if (last < 0) return true;
  if (pattern.charCodeAt(last) !== PLUS) return dev === pattern;
  for (let i = 0; i < last; i++) if (dev.charCodeAt(i) !== pattern.charCodeAt(i)) return false;
  return true;
}

/** The rule's address was stored under its mask, so the packet's address is compared under it too. */
const addrIn = (addr: number, test: AddrMask) => ((addr ^ test.addr) & test.mask) === 0;

/** NF_INVF: the test's result, turned over by the rule's `!` for that field. */
const inv = (rule: Rule, bit: number, result: boolean) => result !== ((rule.invert & bit) !== 0);

/**
 * ip_packet_match: the fixed part of a rule (struct ipt_ip) against the packet, each `!` honoured.
 * `-p` is compared on every fragment; ports are the match modules' business. `hook` tells which
 * devices the kernel passes at this hook (see xt-devices).
 */
export function ipMatches(rule: Rule, packet: Packet, hook?: Hook): boolean {
  // Cheapest and most telling tests first: the result has no side effects, so order is free here.
  const invert = rule.invert;
  if (rule.proto !== 0 && (packet.proto === rule.proto) === ((invert & INVERT.proto) !== 0)) return false;
  if (addrIn(packet.src, rule.src) === ((invert & INVERT.src) !== 0)) return false;
  if (addrIn(packet.dst, rule.dst) === ((invert & INVERT.dst) !== 0)) return false;
  if (
    (rule.inIface !== "" || invert & INVERT.in) &&
    !inv(rule, INVERT.in, ifaceMatches(inDevice(packet, hook), rule.inIface))
  )
    return false;
  if (
    (rule.outIface !== "" || invert & INVERT.out) &&
    !inv(rule, INVERT.out, ifaceMatches(outDevice(packet, hook), rule.outIface))
  )
    return false;
  return !rule.fragment || inv(rule, INVERT.frag, packet.fragOffset !== 0);
}

const devText = (dev: string) => (dev === "" ? "(none)" : dev);
const protoText = (proto: number) => protocolToName(proto) ?? String(proto);

/** For the trace: which field of the fixed part said no, in ip_packet_match's order; undefined if none. */
export function ipWhy(rule: Rule, packet: Packet, hook?: Hook): string | undefined {
  const inverted = (bit: number) => (rule.invert & bit) !== 0;
  if (!inv(rule, INVERT.src, addrIn(packet.src, rule.src)))
    return addrWhy("src", packet.src, rule.src, inverted(INVERT.src));
  if (!inv(rule, INVERT.dst, addrIn(packet.dst, rule.dst)))
    return addrWhy("dst", packet.dst, rule.dst, inverted(INVERT.dst));
  const inDev = inDevice(packet, hook);
  if (!inv(rule, INVERT.in, ifaceMatches(inDev, rule.inIface)))
    return valueWhy("in", devText(inDev), rule.inIface, inverted(INVERT.in));
  const outDev = outDevice(packet, hook);
  if (!inv(rule, INVERT.out, ifaceMatches(outDev, rule.outIface)))
    return valueWhy("out", devText(outDev), rule.outIface, inverted(INVERT.out));
  if (rule.proto !== 0 && !inv(rule, INVERT.proto, packet.proto === rule.proto))
    return valueWhy("proto", protoText(packet.proto), protoText(rule.proto), inverted(INVERT.proto));
  if (rule.fragment && !inv(rule, INVERT.frag, packet.fragOffset !== 0))
    return `frag offset ${packet.fragOffset} (${inverted(INVERT.frag) ? "a" : "not a"} later fragment)`;
  return undefined;
}
