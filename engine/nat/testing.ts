import { conntrackConfirm, conntrackIn } from "../conntrack/core";
import type { Conn, Tuple } from "../conntrack/conn";
import { IPS } from "../conntrack/conn";
import { insertConn } from "../conntrack/table";
import { inetPton } from "../iptables/address";
import type { Hook } from "../netfilter/hooks";
import type { XtContext } from "../netfilter/xt-context";
import { emptyRange, type NatTarget } from "../netfilter/targets/nat-range";
import type { TargetInstance, TargetModule } from "../netfilter/extension";
import type { IfAddr, Link } from "../netdev/link";
import type { Packet } from "../stack/packet";
import { createNetns, createWorldState, type Netns, type World } from "../world";
import { natHook } from "./hook";
import type { NatVerdict } from "./setup";

/** Test fixtures: a host with an uplink and two bridges, and a packet's walk through its NAT hooks. */

export const ip = (text: string): number => inetPton(text)!;

function ifAddr(cidr: string, dev: string, scope: IfAddr["scope"] = "global"): IfAddr {
  const [addr, len] = cidr.split("/");
  return { addr: ip(addr!), prefixLen: Number(len), scope, label: dev, secondary: false };
}

export function addLink(netns: Netns, name: string, ...cidrs: string[]): Link {
  const link: Link = {
    name,
    index: netns.nextIfindex++,
    kind: name === "lo" ? "loopback" : "veth",
    netns: netns.name,
    mac: "02:42:ac:11:00:01",
    mtu: 1500,
    macSet: false,
    qdisc: "noqueue",
    up: true,
    addrs: cidrs.map((cidr) => ifAddr(cidr, name, name === "lo" ? "host" : "global")),
    inet6: [],
    stats: { rxPackets: 0, rxBytes: 0, txPackets: 0, txBytes: 0 },
  };
  netns.links.set(name, link);
  return link;
}

export interface NatHost {
  readonly world: World;
  readonly netns: Netns;
  /** What MASQUERADE wrote to the kernel log. */
  readonly log: string[];
  ctx(hook: Hook): XtContext;
}

/** H: eth0 10.0.0.1/24 (the uplink), docker0 172.17.0.1/16, br-1 172.18.0.1/16, and nat chains on every hook. */
export function natHost(): NatHost {
  const world = createWorldState();
  const netns = createNetns("host");
  world.netns.set("host", netns);
  addLink(netns, "lo", "127.0.0.1/8");
  addLink(netns, "eth0", "10.0.0.1/24");
  addLink(netns, "docker0", "172.17.0.1/16");
  addLink(netns, "br-1", "172.18.0.1/16");
  for (const chain of netns.ruleset.nat.chains.values()) chain.created = true;
  const log: string[] = [];
  const ctx = (hook: Hook): XtContext => ({
    world,
    netns,
    hook,
    table: "nat",
    reply: () => {},
    log: (line) => log.push(line),
  });
  return { world, netns, log, ctx };
}

/** A NAT target's parsed options, as the rule would hold them. */
export type NatRule = TargetInstance<NatTarget>;

export const target = (module: TargetModule<NatTarget>, options: Partial<NatTarget> = {}): NatRule => ({
  ...emptyRange(module),
  ...options,
});

/** The nat hook with `rule` as the chain's only rule (none: the chain's ACCEPT policy). */
export function natAt(h: NatHost, packet: Packet, hook: Hook, rule?: NatRule): NatVerdict {
  const runNatTable = (): NatVerdict => {
    const verdict = rule ? rule.module.fire(rule, packet, h.ctx(hook)) : "ACCEPT";
    return verdict === "DROP" ? "DROP" : "ACCEPT";
  };
  return natHook(h.world, h.netns, packet, hook, runNatTable);
}

export interface Walk {
  readonly iif?: string;
  readonly oif: string;
  readonly dnat?: NatRule;
  readonly snat?: NatRule;
}

/**
 * A packet through H: conntrack and DNAT at PREROUTING (or OUTPUT when there is no `iif`), then
 * SNAT at POSTROUTING and confirmation. "DROP" if NAT or the confirm refused it.
 */
export function walk(h: NatHost, packet: Packet, { iif, oif, dnat, snat }: Walk): NatVerdict {
  const first: Hook = iif ? "PREROUTING" : "OUTPUT";
  packet.iif = iif ?? "";
  conntrackIn(h.world, h.netns, packet);
  if (natAt(h, packet, first, dnat) === "DROP") return "DROP";
  packet.oif = oif;
  if (natAt(h, packet, "POSTROUTING", snat) === "DROP") return "DROP";
  return conntrackConfirm(h.world, h.netns, packet) ? "ACCEPT" : "DROP";
}

/** A confirmed entry holding `orig` and `reply`, as an earlier connection would have left it. */
export function existing(h: NatHost, orig: Tuple, reply: Tuple): Conn {
  const conn: Conn = {
    id: h.netns.conntrack.nextId++,
    orig,
    reply,
    status: IPS.CONFIRMED,
    expires: h.world.clock + 120_000,
    mark: 0,
  };
  insertConn(h.netns.conntrack, conn);
  return conn;
}

export const tuple = (src: string, sport: number, dst: string, dport: number, proto = 6): Tuple => ({
  src: ip(src),
  dst: ip(dst),
  proto,
  sport,
  dport,
});
