/** How nping 0.7.93 prints packets (ippackethdrinfo at low detail) and its closing statistics. */
import { formatAddr } from "../iptables/address";
import type { IcmpHeader, L4Header } from "../stack/packet";

/** A packet as the capture saw it, copied before the rest of the path could change it. */
export interface SeenPacket {
  readonly src: number;
  readonly dst: number;
  readonly ttl: number;
  readonly ipId: number;
  readonly length: number;
  readonly l4: L4Header;
}

/** Flag letters in nping's (tcpdump's) order. */
const FLAG_ORDER: readonly (readonly [number, string])[] = [
  [0x02, "S"],
  [0x01, "F"],
  [0x04, "R"],
  [0x08, "P"],
  [0x10, "A"],
  [0x20, "U"],
  [0x40, "E"],
  [0x80, "C"],
];

export const flagLetters = (flags: number) =>
  FLAG_ORDER.filter(([bit]) => flags & bit)
    .map(([, letter]) => letter)
    .join("");

const UNREACH_BY_CODE: Readonly<Record<number, (dst: string) => string>> = {
  0: (d) => `Network ${d} unreachable`,
  1: (d) => `Host ${d} unreachable`,
  5: () => "Source route failed",
  6: (d) => `Destination network ${d} unknown`,
  7: (d) => `Destination host ${d} unknown`,
  8: () => "Source host isolated",
  9: (d) => `Destination network ${d} administratively prohibited`,
  10: (d) => `Destination host ${d} administratively prohibited`,
  11: (d) => `Network ${d} unreachable for TOS`,
  12: (d) => `Host ${d} unreachable for TOS`,
  13: () => "Communication administratively prohibited by filtering",
  14: () => "Host precedence violation",
  15: () => "Precedence cutoff in effect",
};

/** An ICMP message's name; `datalen` is its size without the IP header. */
function icmpName(icmp: IcmpHeader, datalen: number): string {
  const quote = icmp.quote;
  switch (icmp.type) {
    case 0:
      return "Echo reply";
    case 8:
      return "Echo request";
    case 11:
      return icmp.code === 0
        ? "TTL=0 during transit"
        : icmp.code === 1
          ? "TTL=0 during reassembly"
          : "TTL exceeded (unknown code)";
    case 3: {
      const dst = quote ? formatAddr(quote.dst) : "";
      if (icmp.code === 2) return `Protocol ${quote?.proto ?? 0} unreachable`;
      // The quoted transport header counts only when more than its first 8 bytes came back.
      if (icmp.code === 3)
        return datalen > 36 && quote && quote.proto !== 1
          ? `Port ${quote.dport} unreachable`
          : "Port unreachable";
      return UNREACH_BY_CODE[icmp.code]?.(dst) ?? "Destination unreachable (unknown code)";
    }
    default:
      return "Unknown type";
  }
}

/** One packet, as after "SENT (…s) " or "RCVD (…s) "; nping's own probes carry no TCP options. */
export function packetText(p: SeenPacket, received: boolean): string {
  const src = formatAddr(p.src);
  const dst = formatAddr(p.dst);
  const ip = `ttl=${p.ttl} id=${p.ipId} iplen=${p.length} `;
  const { l4 } = p;
  switch (l4.proto) {
    case 6: {
      // A Linux SYN-ACK to nping's option-less SYN carries only its MSS.
      const options = received && l4.flags & 0x02 && l4.flags & 0x10 ? "<mss 1460>" : "";
      return `TCP ${src}:${l4.sport} > ${dst}:${l4.dport} ${flagLetters(l4.flags)} ${ip} seq=${l4.seq} win=${l4.window} ${options}`;
    }
    case 17:
      return `UDP ${src}:${l4.sport} > ${dst}:${l4.dport} ${ip}`;
    case 1: {
      const fields = l4.type === 0 || l4.type === 8 ? `id=${l4.id} seq=${l4.seq}` : "";
      return `ICMP [${src} > ${dst} ${icmpName(l4, p.length - 20)} (type=${l4.type}/code=${l4.code}) ${fields}] IP [${ip}]`;
    }
  }
}

/** "%.4f" seconds since nping started. */
export const seconds4 = (us: number) => (us / 1e6).toFixed(4);

export interface NpingTotals {
  readonly sent: number;
  readonly sentBytes: number;
  readonly received: number;
  readonly receivedBytes: number;
  readonly rttsUs: readonly number[];
  readonly elapsedUs: number;
}

export function statistics(t: NpingTotals): string {
  const ms = (us: number) => `${(us / 1000).toFixed(3)}ms`;
  const rtt =
    t.rttsUs.length === 0
      ? "Max rtt: N/A | Min rtt: N/A | Avg rtt: N/A"
      : `Max rtt: ${ms(Math.max(...t.rttsUs))} | Min rtt: ${ms(Math.min(...t.rttsUs))} | Avg rtt: ${ms(t.rttsUs.reduce((a, b) => a + b, 0) / t.rttsUs.length)}`;
  const lost = Math.max(0, t.sent - t.received);
  return (
    ` \n${rtt}\n` +
    `Raw packets sent: ${t.sent} (${t.sentBytes}B) | Rcvd: ${t.received} (${t.receivedBytes}B) | Lost: ${lost} (${((lost * 100) / t.sent).toFixed(2)}%)\n` +
    `Nping done: 1 IP address pinged in ${(t.elapsedUs / 1e6).toFixed(2)} seconds\n`
  );
}

/** "Starting Nping 0.7.93 ( https://nmap.org/nping ) at 2026-11-26 21:18 UTC", after a blank line. */
export function banner(clockMs: number): string {
  const iso = new Date(clockMs).toISOString();
  return `\nStarting Nping 0.7.93 ( https://nmap.org/nping ) at ${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC\n`;
}
