import { inetPton } from "../iptables/address";
import { IPS, type Conn, type Tuple } from "../conntrack/conn";
import { TCP, type IcmpQuote, type L4Header, type Packet } from "../stack/packet";

/** The headers and metadata a test cares about; everything else gets a plain default. */
export interface TestPacketSpec {
  readonly src?: string;
  readonly dst?: string;
  readonly tcp?: {
    sport?: number;
    dport?: number;
    flags?: number;
    seq?: number;
    ack?: number;
    window?: number;
  };
  readonly udp?: { sport?: number; dport?: number };
  readonly icmp?: { type: number; code?: number; id?: number; seq?: number; quote?: IcmpQuote };
  /** For a protocol without a modelled header (without tcp/udp/icmp: 0 … 255). */
  readonly proto?: number;
  readonly fields?: Partial<
    Pick<
      Packet,
      | "ttl"
      | "tos"
      | "ipId"
      | "df"
      | "fragOffset"
      | "length"
      | "payload"
      | "mark"
      | "iif"
      | "oif"
      | "physIn"
      | "physOut"
      | "ct"
      | "ctinfo"
      | "untracked"
      | "traced"
    >
  >;
}

let nextId = 1;

function addr(text: string | undefined, fallback: number): number {
  if (text === undefined) return fallback;
  const value = inetPton(text);
  if (value === undefined) throw new Error(`testPacket: bad address ${text}`);
  return value;
}

function header(spec: TestPacketSpec): L4Header | undefined {
  const { tcp, udp, icmp } = spec;
  if (tcp)
    return {
      proto: 6,
      sport: tcp.sport ?? 40000,
      dport: tcp.dport ?? 80,
      seq: tcp.seq ?? 1000,
      ack: tcp.ack ?? 0,
      flags: tcp.flags ?? TCP.SYN,
      window: tcp.window ?? 64240,
    };
  if (udp) return { proto: 17, sport: udp.sport ?? 40000, dport: udp.dport ?? 53 };
  if (icmp) return { proto: 1, code: 0, id: 1, seq: 1, ...icmp };
  return undefined;
}

/** Header bytes Linux sends: TCP with its options (see matches/tcp-options), UDP and ICMP 8. */
function l4Size(l4: L4Header | undefined): number {
  if (l4?.proto !== 6) return l4 ? 8 : 0;
  return l4.flags & TCP.SYN ? 40 : l4.flags & TCP.RST ? 20 : 32;
}

/** A packet for unit tests: `testPacket({ src: "10.0.0.1", tcp: { dport: 80, flags: TCP.SYN } })`. */
export function testPacket(spec: TestPacketSpec = {}): Packet {
  const l4 = header(spec);
  const payload = spec.fields?.payload ?? "";
  return {
    id: nextId++,
    src: addr(spec.src, 0x0a000001),
    dst: addr(spec.dst, 0x0a000002),
    proto: l4?.proto ?? spec.proto ?? 0,
    ttl: 64,
    tos: 0,
    ipId: 54321,
    df: true,
    fragOffset: 0,
    length: 20 + l4Size(l4) + payload.length,
    l4,
    payload,
    mark: 0,
    iif: "",
    oif: "",
    physIn: "",
    physOut: "",
    untracked: false,
    traced: false,
    ...spec.fields,
  };
}

/** The reply direction of a tuple without NAT. */
const reversed = (t: Tuple): Tuple => ({
  src: t.dst,
  dst: t.src,
  proto: t.proto,
  sport: t.dport,
  dport: t.sport,
});

/**
 * A confirmed connection for a packet's `ct`: by default 10.0.0.1:40000 → 10.0.0.2:80 over TCP,
 * its reply the same reversed, expiring at `expires` on the virtual clock.
 */
export function testConn(over: Partial<Conn> = {}): Conn {
  const orig = over.orig ?? { src: 0x0a000001, dst: 0x0a000002, proto: 6, sport: 40000, dport: 80 };
  return {
    id: 1,
    orig,
    reply: reversed(orig),
    status: IPS.CONFIRMED,
    expires: 0,
    mark: 0,
    ...over,
  };
}
