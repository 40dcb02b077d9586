import type { PacketView } from "./events";

/** NFPROTO_IPV4: the family number xtables-monitor prints first on every line. */
export const NFPROTO_IPV4 = 2;

/**
 * The trace id the kernel gives a packet (a hash of its sk_buff), as 8 hex digits: here a hash of
 * the packet's number, so that it is stable across runs and distinct between packets.
 */
export function traceId(packetId: number): string {
  // murmur3's finaliser: spreads consecutive ids over the whole 32-bit range.
  let h = packetId >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  h ^= h >>> 16;
  return (h >>> 0).toString(16).padStart(8, "0");
}

/** ether_ntoa: hex bytes without leading zeros ("c2:8d:a8:3e:2:66"). */
const etherNtoa = (mac: string): string =>
  mac
    .split(":")
    .map((byte) => parseInt(byte, 16).toString(16))
    .join(":");

/** TCP flags as xtables-monitor names them, in its order, from tcpdump's letters ("S.", "FP."). */
function tcpFlagWords(flags: string): string {
  const words: [string, string][] = [
    ["S", "SYN"],
    [".", "ACK"],
    ["F", "FIN"],
    ["R", "RST"],
    ["P", "PSH"],
    ["U", "URG"],
  ];
  return words
    .filter(([letter]) => flags.includes(letter))
    .map(([, word]) => `${word} `)
    .join("");
}

function linkText(link: PacketView["link"]): string {
  if (!link) return "";
  if (link.type === "loopback") return "LOOPBACK ";
  return `MACSRC=${etherNtoa(link.src)} MACDST=${etherNtoa(link.dst)} MACPROTO=0800 `;
}

/** xtables-monitor's PACKET line (trace_print_packet), every field followed by a space as it prints them. */
export function packetLine(view: PacketView): string {
  let line = `PACKET: ${NFPROTO_IPV4} ${traceId(view.id)} `;
  if (view.iif) line += `IN=${view.iif} `;
  if (view.oif) line += `OUT=${view.oif} `;
  line += linkText(view.link);
  line += `SRC=${view.src} DST=${view.dst} LEN=${view.length} TOS=0x${(view.tos ?? 0).toString(16)} TTL=${view.ttl} ID=${view.ipId ?? 0} `;
  if (view.df) line += "DF ";
  if (view.sport !== undefined && view.dport !== undefined)
    line += `SPORT=${view.sport} DPORT=${view.dport} `;
  if (view.flags) line += tcpFlagWords(view.flags);
  if (view.mark) line += `MARK=0x${view.mark.toString(16)} `;
  return line;
}

const ICMP_NAMES: Readonly<Record<number, string>> = {
  0: "echo reply",
  3: "destination unreachable",
  8: "echo request",
  11: "time exceeded",
};

/** One address end of the packet: `10.0.0.1:45678`, or the bare address when there are no ports. */
export function endpoint(view: PacketView, side: "src" | "dst"): string {
  const port = side === "src" ? view.sport : view.dport;
  return port === undefined ? view[side] : `${view[side]}:${port}`;
}

/** A short, readable summary of a packet for the trace's own lines, with its trace id to find its TRACE lines. */
export function packetSummary(view: PacketView): string {
  const route = `${endpoint(view, "src")} → ${endpoint(view, "dst")}`;
  let what = "";
  if (view.flags) what = ` [${view.flags}]`;
  else if (view.icmp) {
    const { type, code, id, seq } = view.icmp;
    const name = ICMP_NAMES[type] ?? `type ${type}`;
    what = type === 0 || type === 8 ? ` ${name} id ${id} seq ${seq}` : ` ${name} code ${code}`;
  }
  return `${traceId(view.id)} ${view.proto} ${route}${what} length ${view.length}`;
}
