import { parameterProblem } from "../../iptables/errors";
import type { Hook } from "../hooks";
import type { MatchModule } from "../extension";
import type { XtContext } from "../xt-context";
import { inDevice, outDevice } from "../xt-devices";
import type { Packet } from "../../stack/packet";
import { inetDevAddrType } from "./addr-type";
import { setWhy } from "./why-text";

/** The kernel's route types (RTN_*), bit i of a mask being type i; iptables prints them in this order. */
const TYPES = [
  "UNSPEC",
  "UNICAST",
  "LOCAL",
  "BROADCAST",
  "ANYCAST",
  "MULTICAST",
  "BLACKHOLE",
  "UNREACHABLE",
  "PROHIBIT",
  "THROW",
  "NAT",
  "XRESOLVE",
] as const;

/** xt_addrtype's checkentry: which hooks know the interface each limit looks at. */
const LIMIT_IN_HOOKS: readonly Hook[] = ["PREROUTING", "INPUT", "FORWARD"];
const LIMIT_OUT_HOOKS: readonly Hook[] = ["FORWARD", "OUTPUT", "POSTROUTING"];

export interface AddrtypeMatch {
  /** Masks of route types (bit i: TYPES[i]); 0 when not given. */
  src: number;
  dst: number;
  invert: { src: boolean; dst: boolean };
  /** Look the address up only for the packet's incoming (or outgoing) interface. */
  limitIn: boolean;
  limitOut: boolean;
}

/** A type name, or any case-insensitive start of one: the first in TYPES order wins. */
function typeBit(word: string): number | undefined {
  const index = TYPES.findIndex((t) => t.slice(0, word.length).toLowerCase() === word.toLowerCase());
  return index < 0 ? undefined : 1 << index;
}

/** parse_types: "TYPE[,TYPE…]"; a bad type before a comma is quoted with the rest of the list. */
function parseTypes(text: string): number {
  let mask = 0;
  const words = text.split(",");
  words.forEach((word, i) => {
    const last = i === words.length - 1;
    const bit = word === "" ? undefined : typeBit(word);
    if (bit === undefined) {
      const rest = words.slice(i).join(",");
      throw parameterProblem(last ? `addrtype: bad type "${rest}"` : `addrtype: bad type \`${rest}'`);
    }
    mask |= bit;
  });
  return mask;
}

const typeNames = (mask: number) => TYPES.filter((_, i) => mask & (1 << i)).join(",");

/** addrtype_mt_v1's device: the packet's in or out device when limited, else none (any device). */
function limitDevice(m: AddrtypeMatch, packet: Packet, ctx: XtContext): string | undefined {
  if (m.limitIn) return inDevice(packet, ctx.hook);
  return m.limitOut ? outDevice(packet, ctx.hook) : undefined;
}

/** match_type: whether the address's type is one of the mask's, turned over by the side's `!`. */
const sideOk = (mask: number, invert: boolean, type: number) => ((mask & (1 << type)) !== 0) !== invert;

function why(m: AddrtypeMatch, packet: Packet, ctx: XtContext): string {
  const dev = limitDevice(m, packet, ctx);
  const srcType = inetDevAddrType(ctx.netns, packet.src, dev);
  const [option, type, mask, invert] =
    m.src && !sideOk(m.src, m.invert.src, srcType)
      ? (["src-type", srcType, m.src, m.invert.src] as const)
      : (["dst-type", inetDevAddrType(ctx.netns, packet.dst, dev), m.dst, m.invert.dst] as const);
  return setWhy(option, `${TYPES[type]}${dev ? ` on ${dev}` : ""}`, typeNames(mask), invert);
}

/** libxt_addrtype (revision 1): the route type of the source and/or destination address. */
export const addrtype: MatchModule<AddrtypeMatch> = {
  kind: "match",
  name: "addrtype",
  options: [
    { name: "src-type", arg: "required", invertible: true },
    { name: "dst-type", arg: "required", invertible: true },
    { name: "limit-iface-in", arg: "none" },
    { name: "limit-iface-out", arg: "none" },
  ],
  init: () => ({
    module: addrtype,
    src: 0,
    dst: 0,
    invert: { src: false, dst: false },
    limitIn: false,
    limitOut: false,
  }),
  parse(m, option, arg, invert) {
    switch (option) {
      case "src-type":
        m.src = parseTypes(arg!);
        m.invert.src = invert;
        return;
      case "dst-type":
        m.dst = parseTypes(arg!);
        m.invert.dst = invert;
        return;
      case "limit-iface-in":
        m.limitIn = true;
        return;
      case "limit-iface-out":
        m.limitOut = true;
    }
  },
  final(m) {
    // A parsed type list is never empty, so a zero mask means the option was not given.
    if (!m.src && !m.dst) throw parameterProblem("addrtype: you must specify --src-type or --dst-type");
    if (m.limitIn && m.limitOut)
      throw parameterProblem(
        'addrtype: option "--limit-iface-in" cannot be used together with "--limit-iface-out".\n',
      );
  },
  save(m) {
    let out = "";
    if (m.src) out += `${m.invert.src ? " !" : ""} --src-type ${typeNames(m.src)}`;
    if (m.dst) out += `${m.invert.dst ? " !" : ""} --dst-type ${typeNames(m.dst)}`;
    if (m.limitIn) out += " --limit-iface-in";
    if (m.limitOut) out += " --limit-iface-out";
    return out;
  },
  list(m) {
    let out = " ADDRTYPE match";
    if (m.src) out += ` src-type ${m.invert.src ? "!" : ""}${typeNames(m.src)}`;
    if (m.dst) out += ` dst-type ${m.invert.dst ? "!" : ""}${typeNames(m.dst)}`;
    if (m.limitIn) out += " limit-in";
    if (m.limitOut) out += " limit-out";
    return out;
  },
  hooks: (m) => (m.limitIn ? LIMIT_IN_HOOKS : m.limitOut ? LIMIT_OUT_HOOKS : undefined),
  match(m, packet, ctx) {
    const dev = limitDevice(m, packet, ctx);
    if (m.src && !sideOk(m.src, m.invert.src, inetDevAddrType(ctx.netns, packet.src, dev))) return false;
    return !m.dst || sideOk(m.dst, m.invert.dst, inetDevAddrType(ctx.netns, packet.dst, dev));
  },
  why,
};
