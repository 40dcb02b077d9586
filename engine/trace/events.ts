import type { Hook } from "../netfilter/hooks";
import type { TableName } from "../netfilter/tables";
import type { LinkHeader } from "../stack/packet";

/** What the trace shows of a packet at one moment: its headers then, as plain data. */
export interface PacketView {
  readonly id: number;
  readonly src: string;
  readonly dst: string;
  /** "tcp", "udp", "icmp" or the protocol number. */
  readonly proto: string;
  readonly sport?: number;
  readonly dport?: number;
  /** TCP flags as tcpdump writes them: "S", "S.", ".", "P.", "F.", "R", "R.". */
  readonly flags?: string;
  readonly icmp?: { readonly type: number; readonly code: number; readonly id: number; readonly seq: number };
  readonly length: number;
  readonly ttl: number;
  readonly mark: number;
  // What xtables-monitor's PACKET line adds; the stack fills them where it knows them.
  /** The devices the packet came in by and leaves by, as the hook sees them ("" or absent: none). */
  readonly iif?: string;
  readonly oif?: string;
  readonly tos?: number;
  /** The IP identification field. */
  readonly ipId?: number;
  /** Don't-fragment bit. */
  readonly df?: boolean;
  /** The link-layer header the packet arrived with (the kernel dumps it for a received packet). */
  readonly link?: LinkHeader;
}

/** A device in a namespace. */
export interface Place {
  readonly netns: string;
  readonly dev: string;
}

/**
 * One step of a packet's walk, in order. The app replays these (step index → picture); the CLI
 * prints them in xtables-monitor's style; nothing here knows about either.
 */
export type TraceEvent =
  /** A local process handed the packet to its namespace's stack. */
  | { readonly kind: "send"; readonly netns: string; readonly packet: PacketView; readonly by: string }
  /** The packet crossed a veth (or lo) from one device to the other. */
  | { readonly kind: "wire"; readonly from: Place; readonly to: Place; readonly packet: PacketView }
  /** A bridge forwarded (or flooded) a frame between its ports. */
  | {
      readonly kind: "bridge";
      readonly netns: string;
      readonly bridge: string;
      readonly inPort: string;
      readonly outPorts: readonly string[];
      readonly flooded: boolean;
    }
  /** A routing decision, with the route that matched, as `ip route` prints it. */
  | {
      readonly kind: "route";
      readonly netns: string;
      readonly dst: string;
      readonly decision: "local" | "forward" | "output" | "unreachable";
      readonly route: string;
      readonly dev: string;
    }
  /** The packet reached a netfilter hook. */
  | { readonly kind: "hook"; readonly netns: string; readonly hook: Hook }
  /** A table's chain was entered (the built-in chain of the hook, or a user chain by jump/goto). */
  | {
      readonly kind: "chain";
      readonly netns: string;
      readonly table: TableName;
      readonly chain: string;
      readonly via: "hook" | "jump" | "goto";
      /** On entering the hook's chain: the packet as this table sees it (xtables-monitor's PACKET line). */
      readonly packet?: PacketView;
    }
  /** One rule was tried; when a match failed, `why` says which and how (`dport 8081 ≠ 80`). */
  | {
      readonly kind: "rule";
      readonly netns: string;
      readonly table: TableName;
      readonly chain: string;
      /** 1-based, as --line-numbers shows. */
      readonly num: number;
      /** The rule as `iptables -S` prints it after `-A CHAIN` ("-p tcp -m tcp --dport 80 -j ACCEPT"). */
      readonly rule: string;
      readonly matched: boolean;
      readonly why?: string;
    }
  /** A chain ended without a verdict: back to the caller (RETURN or end of a user chain). */
  | { readonly kind: "return"; readonly netns: string; readonly table: TableName; readonly chain: string }
  /** The verdict a table gave on this hook: by a rule, or by the chain's policy. */
  | {
      readonly kind: "verdict";
      readonly netns: string;
      readonly table: TableName;
      readonly chain: string;
      readonly verdict: string;
      /** The rule that gave it, or undefined for the policy. */
      readonly num?: number;
    }
  /** NAT rewrote the packet's addresses or ports. */
  | {
      readonly kind: "nat";
      readonly netns: string;
      /** The side rewritten: DNAT the destination (PREROUTING, OUTPUT), SNAT the source. */
      readonly manip: "SNAT" | "DNAT";
      /** A reply being rewritten back: a DNAT here undoes the connection's SNAT, and the other way round. */
      readonly reply: boolean;
      readonly before: PacketView;
      readonly after: PacketView;
    }
  /** Conntrack found, made, updated or confirmed the packet's entry; `entry` is its `conntrack -L` line. */
  | {
      readonly kind: "conntrack";
      readonly netns: string;
      readonly action: "new" | "found" | "confirm" | "invalid" | "untracked";
      /** The ctstate the rules will see: NEW, ESTABLISHED, RELATED, INVALID, UNTRACKED. */
      readonly state: string;
      readonly entry?: string;
    }
  /** A local socket received the packet. */
  | { readonly kind: "deliver"; readonly netns: string; readonly socket: string }
  /** The packet went no further. */
  | { readonly kind: "drop"; readonly netns: string; readonly reason: string };
