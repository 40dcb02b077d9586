/**
 * Network devices and their IPv4 addresses (net/core/dev.c, net/ipv4/devinet.c). The model keeps
 * what `ip link`/`ip addr` print and what the packet path needs: names, indexes, admin state,
 * carrier, MAC, MTU, veth peers, bridge membership.
 */

export type LinkKind = "loopback" | "veth" | "bridge" | "dummy";

/** One IPv4 address on a device (struct in_ifaddr). */
export interface IfAddr {
  readonly addr: number;
  readonly prefixLen: number;
  /** `brd` as given or computed (`brd +`); undefined when none was set. */
  readonly broadcast?: number;
  readonly scope: "host" | "link" | "global";
  /** The label `ip addr` prints at the end of the `inet` line (the device name unless `label` was given). */
  readonly label: string;
  /** A second address inside a prefix already on the device (IFA_F_SECONDARY). */
  readonly secondary: boolean;
}

/** An IPv6 address the kernel configures by itself (addrconf): ::1 on lo, fe80::/64 EUI-64 elsewhere. */
export interface Inet6Addr {
  /** As `ip addr` prints it: "::1", "fe80::30fd:87ff:fe05:2127". */
  readonly text: string;
  readonly prefixLen: number;
  readonly scope: "host" | "link";
}

/** Bridge-port state of a device enslaved to a bridge (struct net_bridge_port). */
export interface BridgePort {
  /** Lets a frame leave by the port it came in on (Docker sets it with userland-proxy=false). */
  hairpin: boolean;
  learning: boolean;
  flood: boolean;
}

/** The forwarding database of a bridge: learned MAC → port device name, with when it was last seen. */
export interface FdbEntry {
  readonly port: string;
  seen: number;
}

export interface Link {
  name: string;
  /** The ifindex, unique within its namespace (lo is 1); kept when moved if still free there. */
  index: number;
  readonly kind: LinkKind;
  /** The namespace the device lives in now (`ip link set DEV netns NS` moves it). */
  netns: string;
  /** "aa:bb:cc:dd:ee:ff", lowercase. */
  mac: string;
  mtu: number;
  /** The MAC was given by the user (NET_ADDR_SET): a bridge then keeps it whatever its ports are. */
  macSet: boolean;
  /** The root qdisc: "noop" until the device first goes up, then "noqueue" (virtual devices). */
  qdisc: "noop" | "noqueue";
  /** IFF_UP: set by `ip link set DEV up`. */
  up: boolean;
  /** For a veth, its other end (possibly in another namespace). */
  peer?: Link;
  /** The bridge this device is a port of (a device name in the same namespace). */
  master?: string;
  /** Set while enslaved to a bridge. */
  brport?: BridgePort;
  /**
   * For a bridge: the carrier it last derived from its ports; undefined while port states were never
   * selected (no port ever, no address set by hand).
   */
  bridgeCarrier?: boolean;
  /** For a bridge: learned MAC addresses. */
  fdb?: Map<string, FdbEntry>;
  addrs: IfAddr[];
  inet6: Inet6Addr[];
  /** Interface statistics, as `ip -s link` counts them. */
  stats: { rxPackets: number; rxBytes: number; txPackets: number; txBytes: number };
}
