import { parameterProblem } from "../../iptables/errors";
import { parsePort, portText } from "../../iptables/ports";
import type { MatchModule } from "../extension";
import type { Packet, TcpHeader, UdpHeader } from "../../stack/packet";
import type { PortRange } from "./port-range";
import { headerWhy, setWhy } from "./why-text";

/** XT_MULTI_PORTS: the slots of xt_multiport_v1; a range takes two. */
const MAX_SLOTS = 15;

/** The protocols multiport works with, by number, with the name services are looked up under. */
const PROTOCOLS: ReadonlyMap<number, string> = new Map([
  [6, "tcp"],
  [17, "udp"],
  [136, "udplite"],
  [132, "sctp"],
  [33, "dccp"],
]);

type Direction = "source-ports" | "destination-ports" | "ports";
/** In option-table order: the first two given name the "cannot be used together" error. */
const DIRECTIONS: readonly Direction[] = ["source-ports", "destination-ports", "ports"];
const KEYWORD: Record<Direction, string> = {
  "source-ports": "sports",
  "destination-ports": "dports",
  ports: "ports",
};

export interface MultiportMatch {
  /** Which port of a packet is compared (XT_MULTIPORT_SOURCE, _DESTINATION, _EITHER). */
  direction?: Direction;
  /** Single ports are [p, p]; a range always has min < max. */
  ports: PortRange[];
  invert: boolean;
  /** The `-p` protocol's name, under which -L looks up service names. */
  proto: string;
  given: Set<Direction>;
}

/** check_proto: multiport reads the `-p` given so far, so it must come first. */
function protocolName(proto: number, inverted: boolean): string {
  const name = PROTOCOLS.get(proto);
  if (inverted || (proto !== 0 && !name))
    throw parameterProblem("multiport only works with TCP, UDP, UDPLITE, SCTP and DCCP");
  if (!name)
    throw parameterProblem("multiport needs `-p tcp', `-p udp', `-p udplite', `-p sctp' or `-p dccp'");
  return name;
}

/** parse_multi_ports_v1: "p,p:q,…" in at most 15 slots. */
function parsePorts(text: string, proto: string): PortRange[] {
  const items = text.split(",");
  const ports: PortRange[] = [];
  let slots = 0;
  for (const item of items) {
    if (slots === MAX_SLOTS) break;
    const colon = item.indexOf(":");
    if (colon < 0) {
      const port = parsePort(item, proto);
      ports.push([port, port]);
      slots++;
      continue;
    }
    if (slots === MAX_SLOTS - 1) throw parameterProblem("too many ports specified");
    const lo = parsePort(item.slice(0, colon), proto);
    const hi = parsePort(item.slice(colon + 1), proto);
    if (lo >= hi) throw parameterProblem("invalid portrange specified");
    ports.push([lo, hi]);
    slots += 2;
  }
  if (ports.length < items.length) throw parameterProblem("too many ports specified");
  return ports;
}

const portList = (m: MultiportMatch, numeric: boolean) =>
  m.ports
    .map(([lo, hi]) => {
      const text = (port: number) => portText(port, numeric, m.proto);
      return lo === hi ? text(lo) : `${text(lo)}:${text(hi)}`;
    })
    .join(",");

const IPPROTO_ICMP = 1;

/** multiport_mt reads the ports from the first four bytes after the IP header: none in a later fragment. */
function portHeader(packet: Packet): TcpHeader | UdpHeader | undefined {
  const l4 = packet.l4;
  return packet.fragOffset !== 0 || l4 === undefined || l4.proto === IPPROTO_ICMP ? undefined : l4;
}

/** ports_match_v1: the first port or range that fits decides; none fitting gives the `!`. */
function portsMatch(m: MultiportMatch, src: number, dst: number): boolean {
  const checkSrc = m.direction !== "destination-ports";
  const checkDst = m.direction !== "source-ports";
  for (let i = 0; i < m.ports.length; i++) {
    const range = m.ports[i]!;
    const lo = range[0];
    const hi = range[1];
    if ((checkSrc && src >= lo && src <= hi) || (checkDst && dst >= lo && dst <= hi)) return !m.invert;
  }
  return m.invert;
}

function why(m: MultiportMatch, packet: Packet): string {
  const l4 = portHeader(packet);
  if (!l4) return headerWhy("port", packet);
  const direction = m.direction!;
  const ports =
    direction === "ports" ? `${l4.sport},${l4.dport}` : direction === "source-ports" ? l4.sport : l4.dport;
  return setWhy(KEYWORD[direction], `${ports}`, portList(m, true), m.invert);
}

/** libxt_multiport (revision 1): up to 15 ports and ranges on one side, or either side, of a packet. */
export const multiport: MatchModule<MultiportMatch> = {
  kind: "match",
  name: "multiport",
  options: [
    { name: "source-ports", arg: "required", invertible: true },
    { name: "sports", arg: "required", aliasOf: "source-ports" },
    { name: "destination-ports", arg: "required", invertible: true },
    { name: "dports", arg: "required", aliasOf: "destination-ports" },
    { name: "ports", arg: "required", invertible: true },
  ],
  init: () => ({ module: multiport, ports: [], invert: false, proto: "", given: new Set() }),
  parse(m, option, arg, invert, ctx) {
    const direction = option as Direction;
    m.proto = protocolName(ctx.proto, ctx.protoInverted);
    m.ports = parsePorts(arg!, m.proto);
    m.direction = direction;
    m.given.add(direction);
    if (invert) m.invert = true;
  },
  final(m) {
    if (m.given.size === 0) throw parameterProblem("multiport expection an option");
    const [first, second] = DIRECTIONS.filter((d) => m.given.has(d));
    if (second)
      throw parameterProblem(`multiport: option "--${first}" cannot be used together with "--${second}".\n`);
  },
  save: (m) => `${m.invert ? " !" : ""} --${KEYWORD[m.direction!]} ${portList(m, true)}`,
  // The "!" comes after the keyword's own space: "multiport dports  !80,443".
  list: (m, numeric) => ` multiport ${KEYWORD[m.direction!]} ${m.invert ? " !" : ""}${portList(m, numeric)}`,
  match(m, packet) {
    const l4 = portHeader(packet);
    return l4 !== undefined && portsMatch(m, l4.sport, l4.dport);
  },
  why,
};
