import type { Link } from "./link";

/**
 * Carrier and operational state (RFC 2863) as the kernel reports them once linkwatch has run:
 * what `ip link` prints as LOWER_UP / NO-CARRIER and `state UP|DOWN|LOWERLAYERDOWN|UNKNOWN`.
 */

export type OperState = "UP" | "DOWN" | "LOWERLAYERDOWN" | "UNKNOWN";

/** netif_carrier_ok: a veth has carrier while both ends are up; a bridge while a port forwards. */
export function hasCarrier(link: Link): boolean {
  switch (link.kind) {
    case "loopback":
    case "dummy":
      return true;
    case "veth":
      return link.up && link.peer?.up === true;
    case "bridge":
      return link.bridgeCarrier ?? true;
  }
}

export function operState(link: Link): OperState {
  if (!link.up) return "DOWN";
  switch (link.kind) {
    case "loopback":
    case "dummy":
      return "UNKNOWN";
    case "bridge":
      // A bridge that never had a port never saw a carrier event: linkwatch left it UNKNOWN.
      return link.bridgeCarrier === undefined ? "UNKNOWN" : link.bridgeCarrier ? "UP" : "DOWN";
    case "veth":
      if (hasCarrier(link)) return "UP";
      // rfc2863_policy: waiting for its lower layer (the peer, iflink != ifindex); a peer in another
      // namespace leaves it plain DOWN, as observed on Linux 6.18.
      return link.peer?.netns === link.netns && link.peer.index !== link.index ? "LOWERLAYERDOWN" : "DOWN";
  }
}

/** IFF_LOWER_UP as dev_get_flags reports it: only while the device is up. */
export const isLowerUp = (link: Link): boolean => link.up && hasCarrier(link);

/** IFF_RUNNING: up and operationally up (or unknown). */
export const isRunning = (link: Link): boolean => {
  const state = operState(link);
  return link.up && (state === "UP" || state === "UNKNOWN");
};

/** A bridge port forwards (no STP) while the bridge and the port are up and the port has carrier. */
export const isForwarding = (port: Link, bridge: Link): boolean => bridge.up && port.up && hasCarrier(port);
