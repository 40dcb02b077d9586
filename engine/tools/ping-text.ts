/** iputils ping's texts (20221126): ICMP error names, the usage screen, and the statistics block. */
import { formatMs } from "./timing";

const UNREACH: readonly string[] = [
  "Destination Net Unreachable",
  "Destination Host Unreachable",
  "Destination Protocol Unreachable",
  "Destination Port Unreachable",
  "Frag needed and DF set",
  "Source Route Failed",
  "Destination Net Unknown",
  "Destination Host Unknown",
  "Source Host Isolated",
  "Destination Net Prohibited",
  "Destination Host Prohibited",
  "Destination Net Unreachable for Type of Service",
  "Destination Host Unreachable for Type of Service",
  "Packet filtered",
  "Precedence Violation",
  "Precedence Cutoff",
];

/** pr_icmph: how ping names an ICMP error it got back for one of its requests. */
export function icmpErrorText(type: number, code: number): string {
  if (type === 3) return UNREACH[code] ?? `Dest Unreachable, Bad Code: ${code}`;
  if (type === 11) return code === 0 ? "Time to live exceeded" : "Frag reassembly time exceeded";
  return `Bad ICMP type: ${type}`;
}

/** The reply's `time=`: three decimals below 1 ms, fewer as it grows (gather_statistics). */
export function replyTime(us: number): string {
  if (us >= 100000 - 50) return `${Math.floor((us + 500) / 1000)}`;
  if (us >= 10000 - 5) return `${Math.floor((us + 50) / 1000)}.${Math.floor(((us + 50) % 1000) / 100)}`;
  if (us >= 1000)
    return `${Math.floor((us + 5) / 1000)}.${String(Math.floor(((us + 5) % 1000) / 10)).padStart(2, "0")}`;
  return formatMs(us);
}

export interface PingStats {
  readonly host: string;
  readonly transmitted: number;
  readonly received: number;
  readonly errors: number;
  /** From the first request to the last one sent. */
  readonly elapsedMs: number;
  /** Round trips in µs; empty when the payload is too small to carry a timestamp. */
  readonly rtts: readonly number[];
}

/** printf("%g"): six significant digits, no trailing zeros. */
function percent(value: number): string {
  return String(Number(Math.fround(value).toPrecision(6)));
}

/** finish(): the closing block, from the blank line to the rtt line (or the empty line in its place). */
export function statistics(s: PingStats): string {
  const errors = s.errors ? `, +${s.errors} errors` : "";
  const loss = percent(((s.transmitted - s.received) * 100) / s.transmitted);
  let text = `\n--- ${s.host} ping statistics ---\n`;
  text += `${s.transmitted} packets transmitted, ${s.received} received${errors}, ${loss}% packet loss, time ${s.elapsedMs}ms\n`;
  if (s.rtts.length === 0) return `${text}\n`;
  const sum = s.rtts.reduce((a, b) => a + b, 0);
  const avg = Math.floor(sum / s.rtts.length);
  const sum2 = s.rtts.reduce((a, b) => a + b * b, 0);
  // Integer arithmetic in the order iputils uses, so that mdev rounds as it does.
  const variance = Math.floor((sum2 - Math.floor((sum * sum) / s.rtts.length)) / s.rtts.length);
  const mdev = Math.floor(Math.sqrt(Math.max(0, variance)));
  const min = Math.min(...s.rtts);
  const max = Math.max(...s.rtts);
  return `${text}rtt min/avg/max/mdev = ${formatMs(min)}/${formatMs(avg)}/${formatMs(max)}/${formatMs(mdev)} ms\n`;
}

export const PING_USAGE = `
Usage
  ping [options] <destination>

Options:
  <destination>      dns name or ip address
  -a                 use audible ping
  -A                 use adaptive ping
  -B                 sticky source address
  -c <count>         stop after <count> replies
  -C                 call connect() syscall on socket creation
  -D                 print timestamps
  -d                 use SO_DEBUG socket option
  -e <identifier>    define identifier for ping session, default is random for
                     SOCK_RAW and kernel defined for SOCK_DGRAM
                     Imply using SOCK_RAW (for IPv4 only for identifier 0)
  -f                 flood ping
  -h                 print help and exit
  -I <interface>     either interface name or address
  -i <interval>      seconds between sending each packet
  -L                 suppress loopback of multicast packets
  -l <preload>       send <preload> number of packages while waiting replies
  -m <mark>          tag the packets going out
  -M <pmtud opt>     define mtu discovery, can be one of <do|dont|want>
  -n                 no dns name resolution
  -O                 report outstanding replies
  -p <pattern>       contents of padding byte
  -q                 quiet output
  -Q <tclass>        use quality of service <tclass> bits
  -s <size>          use <size> as number of data bytes to be sent
  -S <size>          use <size> as SO_SNDBUF socket option value
  -t <ttl>           define time to live
  -U                 print user-to-user latency
  -v                 verbose output
  -V                 print version and exit
  -w <deadline>      reply wait <deadline> in seconds
  -W <timeout>       time to wait for response

IPv4 options:
  -4                 use IPv4
  -b                 allow pinging broadcast
  -R                 record route
  -T <timestamp>     define timestamp, can be one of <tsonly|tsandaddr|tsprespec>

IPv6 options:
  -6                 use IPv6
  -F <flowlabel>     define flow label, default is random
  -N <nodeinfo opt>  use icmp6 node info query, try <help> as argument

For more details see ping(8).
`;
