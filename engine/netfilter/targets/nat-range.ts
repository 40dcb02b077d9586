import { formatAddr, inetPton } from "../../iptables/address";
import { parameterProblem } from "../../iptables/errors";
import type { Conn } from "../../conntrack/conn";
import { NF_NAT_RANGE, type NatRange } from "../../nat/range";
import { isFirstOrRelated } from "../../nat/tuple";
import type { Packet } from "../../stack/packet";
import type { ParseContext, TargetModule } from "../extension";
import { natPortsText, parseNatPorts, type NatPorts } from "./nat-ports";

/** What SNAT, DNAT, MASQUERADE and REDIRECT map a connection to, as libxt_NAT parsed it. */
export interface NatTarget {
  /** The addresses to map to (NF_NAT_RANGE_MAP_IPS), unsigned 32-bit; min may exceed max. */
  addrs?: { readonly min: number; readonly max: number };
  ports?: NatPorts;
  /** --random: a random source port instead of the original one if possible. */
  random: boolean;
  /** --random-fully: a random port for every connection. */
  randomFully: boolean;
  /** --persistent: the same address for a client on every connection. */
  persistent: boolean;
}

/** Every field from the start, so that setting one later does not grow the object. */
export const emptyRange = (module: TargetModule<NatTarget>) => ({
  module,
  addrs: undefined,
  ports: undefined,
  random: false,
  randomFully: false,
  persistent: false,
});

/** The protocols whose ports NAT can rewrite; iptables looks at `-p` as typed so far. */
const PORT_PROTOCOLS: ReadonlySet<number> = new Set([6, 17, 132, 33, 1]);

export const portsAllowed = (ctx: ParseContext) => PORT_PROTOCOLS.has(ctx.proto);

function parseAddr(text: string): number {
  const addr = inetPton(text);
  if (addr === undefined) throw parameterProblem(`Bad IP address "${text}"`);
  return addr;
}

/**
 * libxt_NAT's parse_to: "[addr[-addr]][:ports]". One colon separates the ports; with more the whole
 * text is taken as an (IPv6) address. Ports are read first, so their errors come first. Like
 * iptables, a colon at offset 0 or 2 (where "[]:" would put it) means "no address": "xy:80" is ":80".
 */
export function parseNatTo(text: string, ctx: ParseContext, range: NatTarget): void {
  if (text.includes("[")) throw parameterProblem("Invalid address format");
  let colon = text.indexOf(":");
  if (colon >= 0 && text.indexOf(":", colon + 1) >= 0) colon = -1;
  let addrText = text;
  if (colon >= 0) {
    range.ports = parseNatPorts(text.slice(colon + 1), portsAllowed(ctx));
    if (colon === 0 || colon === 2) return;
    addrText = text.slice(0, colon);
  }
  const dash = addrText.indexOf("-");
  const min = parseAddr(dash < 0 ? addrText : addrText.slice(0, dash));
  const max = dash < 0 ? min : parseAddr(addrText.slice(dash + 1));
  range.addrs = { min, max };
}

/** The kernel's old nf_nat_ipv4_multi_range_compat has no room for the offset base. */
export function compatPorts(ports: NatPorts): NatPorts {
  return ports.base === undefined ? ports : { ...ports, base: 0 };
}

/** sprint_range: "min[-max]" then the ports, "" when neither is set. */
function rangeText(range: NatTarget): string {
  let out = "";
  if (range.addrs) {
    out += formatAddr(range.addrs.min);
    if (range.addrs.max !== range.addrs.min) out += `-${formatAddr(range.addrs.max)}`;
  }
  if (range.ports) out += natPortsText(range.ports);
  return out;
}

/**
 * __NAT_print: the range after `label`, then the flags with `flagPrefix` ("--" for -S, "" for -L).
 * MASQUERADE and REDIRECT have only ports and drop the ":" before them.
 */
export function natText(range: NatTarget, label: string, flagPrefix: string, portsOnly: boolean): string {
  let text = rangeText(range);
  if (portsOnly && text.startsWith(":")) text = text.slice(1);
  let out = text ? ` ${label}${text}` : "";
  if (range.random) out += ` ${flagPrefix}random`;
  if (range.randomFully) out += ` ${flagPrefix}random-fully`;
  if (range.persistent) out += ` ${flagPrefix}persistent`;
  return out;
}

/** --random, --random-fully, --persistent: the mapping flags the NAT targets share. */
export function setNatFlag(range: NatTarget, option: string): void {
  if (option === "random") range.random = true;
  else if (option === "random-fully") range.randomFully = true;
  else if (option === "persistent") range.persistent = true;
}

/** The kernel's nf_nat_range2 for these options, as xt_nat hands it to nf_nat_setup_info. */
export function natRangeOf(target: NatTarget): NatRange {
  const { addrs, ports } = target;
  let flags = 0;
  if (addrs) flags |= NF_NAT_RANGE.MAP_IPS;
  if (ports) flags |= NF_NAT_RANGE.PROTO_SPECIFIED;
  if (ports?.base !== undefined) flags |= NF_NAT_RANGE.PROTO_OFFSET;
  if (target.random) flags |= NF_NAT_RANGE.PROTO_RANDOM;
  if (target.randomFully) flags |= NF_NAT_RANGE.PROTO_RANDOM_FULLY;
  if (target.persistent) flags |= NF_NAT_RANGE.PERSISTENT;
  return {
    flags,
    minAddr: addrs?.min ?? 0,
    maxAddr: addrs?.max ?? 0,
    minProto: ports?.min ?? 0,
    maxProto: ports?.max ?? 0,
    baseProto: ports?.base ?? 0,
  };
}

/**
 * The connection a NAT target binds: the nat table only runs for a connection's first packet or a
 * related one, so anything else (which the kernel would WARN about) is left alone.
 */
export function natConn(packet: Packet): Conn | undefined {
  return packet.ct && packet.ctinfo !== undefined && isFirstOrRelated(packet.ctinfo) ? packet.ct : undefined;
}
