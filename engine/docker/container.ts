import { formatIpv4 } from "../route/ipv4";
import type { Listener } from "../stack/socket";
import { httpListener } from "../tools/http";
import { endpointMac, lowestFree, randomId, vethName } from "./alloc";
import { dockerErrors } from "./errors";
import type { Host } from "./host";
import { imageOf } from "./images";
import { flushAddress, flushUdpPorts } from "./conntrack-flush";
import { findNetwork } from "./network";
import { portMap } from "./port-map";
import { PROFILES } from "./profile";
import { runsImageProgram } from "./process";
import { proxyArgv, proxyListener } from "./proxy";
import { closeProxy, udpProxyListener } from "./proxy-udp";
import type { Container, Endpoint, Network, PortBinding } from "./state";

/**
 * A container's life as the host sees it: a namespace with `lo`, one veth per network (the host end
 * on the bridge), its address and default route, the version's per-endpoint and per-port rules, and
 * the image's servers listening inside.
 */

/** Ports already published by running containers clash when protocol and port match and addresses overlap. */
function clash(host: Host, binding: PortBinding): boolean {
  return host.daemon.containers.some(
    (c) =>
      c.state === "running" &&
      c.ports.some(
        (p) =>
          p.proto === binding.proto &&
          p.hostPort === binding.hostPort &&
          (p.hostIp === "" || binding.hostIp === "" || p.hostIp === binding.hostIp),
      ),
  );
}

function usedAddresses(host: Host, network: Network): number[] {
  const used = [network.gateway];
  for (const c of host.daemon.containers)
    for (const e of c.endpoints) if (e.network === network.id) used.push(e.ip);
  return used;
}

/**
 * libnetwork's gateway endpoint (getGatewayEndpoint): the first on a network that is not internal.
 * It alone has external connectivity to lose when it leaves.
 */
function isGateway(host: Host, container: Container, endpoint: Endpoint): boolean {
  const gateway = container.endpoints.find((e) => !findNetwork(host, e.network)?.internal);
  return gateway === endpoint;
}

/**
 * Attaches the container to a network: the veth pair, its address, and what the version adds. The
 * first endpoint, if external, is the gateway: the default route and the published ports. Then, from
 * 28, ProgramExternalConnectivity flushes conntrack for the endpoint, whichever it is.
 */
export function connectEndpoint(host: Host, container: Container, network: Network, ip?: number): Endpoint {
  const { world, daemon } = host;
  const profile = PROFILES[daemon.profile];
  const used = usedAddresses(host, network);
  if (ip !== undefined && used.includes(ip)) throw dockerErrors.addressInUse();
  const addr = ip ?? lowestFree({ base: network.subnet, len: network.prefixLen }, used);
  if (addr === undefined)
    throw dockerErrors.host(
      `no available IPv4 addresses on this network's address pools: ${network.name} (${network.id})`,
    );
  const endpoint: Endpoint = {
    network: network.id,
    id: randomId(world),
    ip: addr,
    mac: endpointMac(world, profile, addr),
    veth: vethName(world, world.netns.get("host")!),
    ifname: `eth${container.endpoints.length}`,
    rules: [],
    portRules: [],
    proxies: [],
    portMap: [],
  };
  const ns = container.netns;
  const { veth, ifname } = endpoint;
  host.ip("link", "add", veth, "type", "veth", "peer", "name", ifname, "address", endpoint.mac, "netns", ns);
  host.ip("link", "set", veth, "master", network.bridge);
  host.ip("link", "set", veth, "up");
  host.ip("-n", ns, "addr", "add", `${formatIpv4(addr)}/${network.prefixLen}`, "brd", "+", "dev", ifname);
  host.ip("-n", ns, "link", "set", ifname, "up");
  const external = container.endpoints.length === 0 && !network.internal;
  if (external) host.ip("-n", ns, "route", "add", "default", "via", formatIpv4(network.gateway));
  if (!daemon.options.userlandProxy) host.ip("link", "set", veth, "type", "bridge_slave", "hairpin", "on");
  if (daemon.options.iptables) endpoint.rules.push(...profile.rules.endpoint(host, network, endpoint));
  container.endpoints.push(endpoint);
  if (external) {
    for (const binding of container.ports) publish(host, network, endpoint, binding);
    endpoint.portMap = portMap(host, container.ports);
  }
  if (profile.flushesConntrackOnJoin) {
    flushAddress(host, endpoint);
    flushUdpPorts(host, endpoint);
  }
  return endpoint;
}

/**
 * Detaches the endpoint. The gateway endpoint first loses external connectivity: its published ports
 * go, then its conntrack entries (RevokeExternalConnectivity in 20.10; from 28 ProgramExternalConnectivity
 * with no gateway, which drops the bindings before it flushes). The veth goes last.
 */
export function disconnectEndpoint(host: Host, container: Container, endpoint: Endpoint): void {
  for (const proxy of endpoint.proxies) closeProxy(host.world, proxy);
  host.remove(endpoint.portRules);
  if (isGateway(host, container, endpoint)) flushAddress(host, endpoint);
  host.remove(endpoint.rules);
  host.ip("link", "del", endpoint.veth);
  container.endpoints.splice(container.endpoints.indexOf(endpoint), 1);
}

/** A published port: the version's rules, and docker-proxy listening on the host while it is on. */
function publish(host: Host, network: Network, endpoint: Endpoint, binding: PortBinding): void {
  const { daemon } = host;
  if (daemon.options.iptables)
    endpoint.portRules.push(
      ...PROFILES[daemon.profile].rules.port(host, { network, endpoint, binding }, daemon.options),
    );
  if (!daemon.options.userlandProxy) return;
  host.spawn(proxyArgv(binding, endpoint.ip));
  const listener =
    binding.proto === "tcp"
      ? proxyListener(binding, endpoint.ip)
      : udpProxyListener(host.world, binding, endpoint.ip);
  host.world.netns.get("host")!.sockets.push(listener);
  endpoint.proxies.push(listener);
}

/** The image's servers, inside the container's namespace. */
function startServices(host: Host, container: Container): void {
  const netns = host.world.netns.get(container.netns)!;
  for (const { port, http } of imageOf(container.image).listens) {
    const listener: Listener = http
      ? httpListener(host.world, container.name, port)
      : { kind: "listen", proto: 6, addr: 0, port, owner: container.name, keep: true };
    netns.sockets.push(listener);
  }
}

export function startContainer(host: Host, container: Container): void {
  if (container.state === "running") return;
  const networks = container.networks.map((id) => {
    const network = findNetwork(host, id);
    if (!network) throw dockerErrors.runNetworkNotFound(id);
    return network;
  });
  const taken = container.ports.find((p) => clash(host, p));
  if (taken)
    throw dockerErrors.portAllocated(container.name, randomId(host.world), taken.hostIp, taken.hostPort);
  const ns = container.netns;
  host.ip("netns", "add", ns);
  host.ip("-n", ns, "link", "set", "lo", "up");
  const [first, ...others] = networks;
  if (first) connectEndpoint(host, container, first, container.requestedIp);
  for (const network of others) connectEndpoint(host, container, network);
  if (runsImageProgram(container)) startServices(host, container);
  container.state = "running";
  container.startedAt = host.world.clock;
}

/** Stop: endpoints and their rules go, and the namespace with them. */
export function stopContainer(host: Host, container: Container, exitCode = 0): void {
  if (container.state !== "running") return;
  for (const endpoint of [...container.endpoints].reverse()) disconnectEndpoint(host, container, endpoint);
  host.ip("netns", "del", container.netns);
  container.state = "exited";
  container.exitCode = exitCode;
  container.finishedAt = host.world.clock;
}

export function removeContainer(host: Host, container: Container): void {
  stopContainer(host, container, 137);
  const { containers } = host.daemon;
  containers.splice(containers.indexOf(container), 1);
}

/** A container by name, full id or unique id prefix. */
export function findContainer(host: Host, ref: string): Container | undefined {
  const { containers } = host.daemon;
  const name = ref.replace(/^\//, "");
  return (
    containers.find((c) => c.name === name) ??
    containers.find((c) => c.id === ref) ??
    containers.find((c) => ref.length > 0 && c.id.startsWith(ref))
  );
}
