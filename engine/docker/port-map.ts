import { parseIpv4 } from "../route/ipv4";
import type { World } from "../world";
import type { Host } from "./host";
import { imageOf } from "./images";
import { PROFILES } from "./profile";
import type { Container, HostBinding, PortBinding } from "./state";

/**
 * The bridge driver's port map: which host addresses each published port is bound on, as
 * NetworkSettings.Ports (and so `docker ps` and `docker port`) report them. A binding with no host
 * address is bound on 0.0.0.0 and, when the host can listen on IPv6 and docker-proxy is there to
 * carry IPv6 clients to the IPv4-only container, on `::` with the same port. Display and state only:
 * the playground has no IPv6 packet path, so no proxy listens on `::` and no ip6tables rule exists.
 */

/** netutils.IsV6Listenable: the host can bind [::1], which needs lo up with ::1. */
function v6Listenable(world: World): boolean {
  return (
    world.netns
      .get("host")
      ?.links.get("lo")
      ?.inet6.some((a) => a.text === "::1") ?? false
  );
}

/** The host port as requested: 0 when Docker chooses it, a range's first and last port. */
function requestedPorts(binding: PortBinding): [number, number] {
  const [first = 0, last = first] = binding.requested.hostPort.split("-").map(Number);
  return [first, last];
}

/** netip.Addr.Compare: IPv4 before IPv6, then by value. */
function compareHostIp(a: string, b: string): number {
  const [x, y] = [parseIpv4(a), parseIpv4(b)];
  if (x === undefined || y === undefined) return (x === undefined ? 1 : 0) - (y === undefined ? 1 : 0);
  return x - y;
}

/**
 * cmpPortBinding (27+): exact host ports before ranges, then by container port, protocol
 * (tcp < udp), requested host ports and host address, so that IPv4 and IPv6 sit side by side.
 */
function cmpPortBinding(a: [PortBinding, string], b: [PortBinding, string]): number {
  const [[aFirst, aLast], [bFirst, bLast]] = [requestedPorts(a[0]), requestedPorts(b[0])];
  const [aRange, bRange] = [aFirst === 0 || aFirst !== aLast, bFirst === 0 || bFirst !== bLast];
  if (aRange !== bRange) return aRange ? 1 : -1;
  return (
    a[0].containerPort - b[0].containerPort ||
    (a[0].proto === b[0].proto ? 0 : a[0].proto === "tcp" ? -1 : 1) ||
    aFirst - bFirst ||
    aLast - bLast ||
    compareHostIp(a[1], b[1])
  );
}

/** The port map for the gateway endpoint's published ports, in the order the version's driver keeps. */
export function portMap(host: Host, bindings: readonly PortBinding[]): HostBinding[] {
  const { daemon } = host;
  const ipv6 = daemon.options.userlandProxy && v6Listenable(host.world);
  const requests = bindings.flatMap((b): [PortBinding, string][] =>
    b.requested.hostIp !== ""
      ? [[b, b.requested.hostIp]]
      : [[b, "0.0.0.0"], ...(ipv6 ? [[b, "::"] as [PortBinding, string]] : [])],
  );
  if (PROFILES[daemon.profile].sortsPortBindings) requests.sort(cmpPortBinding);
  return requests.map(([b, hostIp]) => ({
    proto: b.proto,
    containerPort: b.containerPort,
    hostIp,
    hostPort: b.hostPort,
  }));
}

/**
 * NetworkSettings.Ports of a container (getEndpointPortMapInfo): every exposed port, null unless
 * published, with its host bindings; keys in the order Go marshals them. Empty once stopped.
 */
export function networkSettingsPorts(c: Container): Map<string, HostBinding[] | null> {
  const ports = new Map<string, HostBinding[] | null>();
  if (c.state !== "running") return ports;
  const exposed = [...imageOf(c.image).exposed, ...c.ports.map((p) => `${p.containerPort}/${p.proto}`)];
  for (const key of exposed.sort()) ports.set(key, null);
  for (const binding of c.endpoints.flatMap((e) => e.portMap)) {
    const key = `${binding.containerPort}/${binding.proto}`;
    ports.set(key, [...(ports.get(key) ?? []), binding]);
  }
  return ports;
}
