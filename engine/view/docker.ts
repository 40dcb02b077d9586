import { daemonOf } from "../docker/state";
import { formatIpv4 } from "../route/ipv4";
import type { World } from "../world";
import type { ContainerView, DockerView, NetworkView } from "./types";

/** dockerd's networks and containers, or undefined while Docker has never run in this world. */
export function dockerView(world: World): DockerView | undefined {
  const daemon = daemonOf(world);
  if (!daemon.running && daemon.networks.length === 0 && daemon.containers.length === 0) return undefined;
  const names = new Map(daemon.networks.map((n) => [n.id, n.name]));
  const networks: NetworkView[] = daemon.networks.map((n) => ({
    name: n.name,
    bridge: n.bridge,
    subnet: `${formatIpv4(n.subnet)}/${n.prefixLen}`,
    gateway: formatIpv4(n.gateway),
  }));
  const containers: ContainerView[] = daemon.containers.map((c) => ({
    id: c.id,
    name: c.name,
    image: c.image,
    cmd: [...c.cmd],
    interactive: c.interactive,
    state: c.state,
    netns: c.netns,
    ports: c.ports.map((p) => ({ ...p })),
    endpoints: c.endpoints.map((e) => ({
      network: names.get(e.network) ?? e.network,
      ip: formatIpv4(e.ip),
      ifname: e.ifname,
      veth: e.veth,
    })),
  }));
  return { profile: daemon.profile, running: daemon.running, networks, containers };
}
