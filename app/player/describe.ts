import type { PacketView, TraceEvent } from "../../engine/trace/events";

const TCP_FLAGS: Readonly<Record<string, string>> = {
  S: "SYN",
  "S.": "SYN/ACK",
  ".": "ACK",
  "P.": "PSH/ACK",
  "F.": "FIN/ACK",
  F: "FIN",
  R: "RST",
  "R.": "RST/ACK",
};

const ICMP_TYPES: Readonly<Record<number, string>> = {
  0: "echo reply",
  3: "unreachable",
  8: "echo request",
  11: "time exceeded",
};

/** "SYN", "echo request", "udp": what kind of packet it is, in words. */
export function packetKind(p: PacketView): string {
  if (p.flags !== undefined) return TCP_FLAGS[p.flags] ?? `tcp [${p.flags}]`;
  if (p.icmp) return ICMP_TYPES[p.icmp.type] ?? `icmp type ${p.icmp.type}`;
  return p.proto;
}

/** "192.168.31.50:38443", or the bare address for protocols without ports. */
export const endpoint = (addr: string, port: number | undefined): string =>
  port === undefined ? addr : `${addr}:${port}`;

/** "SYN 192.168.31.50:38443 → 198.18.5.130:80". */
export const packetLabel = (p: PacketView): string =>
  `${packetKind(p)} ${endpoint(p.src, p.sport)} → ${endpoint(p.dst, p.dport)}`;

/** One sentence per step, for the player's caption and screen readers. */
export function describeEvent(e: TraceEvent): string {
  switch (e.kind) {
    case "send":
      return `${e.by} in ${e.netns} sends ${packetLabel(e.packet)}`;
    case "wire":
      return `On the wire: ${e.from.netns} ${e.from.dev} → ${e.to.netns} ${e.to.dev}`;
    case "bridge":
      return `${e.netns}: bridge ${e.bridge} ${e.flooded ? "floods" : "forwards"} from ${e.inPort} to ${e.outPorts.join(", ")}`;
    case "route":
      return e.decision === "unreachable"
        ? `${e.netns}: no route to ${e.dst}`
        : `${e.netns}: routing decision ${e.decision} via ${e.route}`;
    case "hook":
      return `${e.netns}: the ${e.hook} hook`;
    case "chain":
      return `${e.netns}: ${e.via === "hook" ? "enters" : e.via === "jump" ? "jumps to" : "goes to"} ${e.table} ${e.chain}`;
    case "rule":
      return `${e.netns}: ${e.table} ${e.chain} rule ${e.num} ${e.matched ? "✓ matches" : `✗ does not match${e.why ? ` (${e.why})` : ""}`}`;
    case "return":
      return `${e.netns}: ${e.table} ${e.chain} returns to its caller`;
    case "verdict": {
      const by = e.num === undefined ? `policy ${e.verdict}` : `rule ${e.num} gives ${e.verdict}`;
      return `${e.netns}: ${e.table} ${e.chain} ${by}${e.verdict === "DROP" ? ": the packet is dropped" : ""}`;
    }
    case "nat":
      return `${e.netns}: ${e.manip} ${endpoint(e.before.src, e.before.sport)} → ${endpoint(e.before.dst, e.before.dport)} becomes ${endpoint(e.after.src, e.after.sport)} → ${endpoint(e.after.dst, e.after.dport)}`;
    case "conntrack":
      return `${e.netns}: conntrack ${e.action}, ctstate ${e.state}`;
    case "deliver":
      return `${e.netns}: delivered to ${e.socket}`;
    case "drop":
      return `${e.netns}: dropped — ${e.reason}`;
  }
}
