import { formatIpv4 } from "../route/ipv4";
import { allocateSubnet, bridgeMac, inSubnet, randomId, type Subnet } from "./alloc";
import { dockerErrors } from "./errors";
import type { Host } from "./host";
import { PROFILES } from "./profile";
import type { Network } from "./state";

/** Creating and removing bridge networks: the bridge device, its address, then the version's rules. */

export interface NetworkRequest {
  readonly name: string;
  readonly subnet?: Subnet;
  readonly gateway?: number;
  readonly internal: boolean;
  readonly options: ReadonlyMap<string, string>;
  readonly labels: ReadonlyMap<string, string>;
  /** The default bridge: named docker0, with the daemon's --icc and --ip-masq. */
  readonly builtin?: boolean;
}

const BRIDGE_NAME = "com.docker.network.bridge.name";
const ENABLE_ICC = "com.docker.network.bridge.enable_icc";
const ENABLE_MASQ = "com.docker.network.bridge.enable_ip_masquerade";

/** Driver options are strings; Docker's ParseBool takes 1/t/true/0/f/false in any case. */
const flag = (options: ReadonlyMap<string, string>, key: string, fallback: boolean): boolean => {
  const value = options.get(key)?.toLowerCase();
  if (value === undefined) return fallback;
  return !["0", "f", "false"].includes(value);
};

function chooseSubnet(host: Host, req: NetworkRequest): Subnet {
  const { daemon } = host;
  if (req.subnet) {
    const taken = daemon.networks.some(
      (n) =>
        inSubnet(n.subnet, req.subnet!) || inSubnet(req.subnet!.base, { base: n.subnet, len: n.prefixLen }),
    );
    if (taken) throw dockerErrors.poolOverlaps();
    return req.subnet;
  }
  const hostNetns = host.world.netns.get("host")!;
  const subnet = allocateSubnet(daemon, hostNetns, PROFILES[daemon.profile], !req.builtin);
  if (!subnet) throw dockerErrors.noMoreSubnets();
  return subnet;
}

export function createNetwork(host: Host, req: NetworkRequest): Network {
  const { daemon, world } = host;
  if (
    daemon.networks.some((n) => n.name === req.name) ||
    daemon.pseudoNetworks.some((n) => n.name === req.name)
  )
    throw dockerErrors.networkExists(req.name);
  const profile = PROFILES[daemon.profile];
  const subnet = chooseSubnet(host, req);
  const id = randomId(world);
  const builtin = req.builtin === true;
  const network: Network = {
    id,
    name: req.name,
    driver: "bridge",
    bridge: builtin ? "docker0" : (req.options.get(BRIDGE_NAME) ?? `br-${id.slice(0, 12)}`),
    subnet: subnet.base,
    prefixLen: subnet.len,
    gateway: req.gateway ?? subnet.base + 1,
    internal: req.internal,
    icc: builtin ? daemon.options.icc : flag(req.options, ENABLE_ICC, true),
    ipMasq: builtin ? daemon.options.ipMasq : flag(req.options, ENABLE_MASQ, true),
    options: req.options,
    labels: req.labels,
    created: world.clock,
    builtin,
    rules: [],
  };
  const br = network.bridge;
  host.ip("link", "add", br, "address", bridgeMac(world, profile), "type", "bridge");
  host.ip("addr", "add", `${formatIpv4(network.gateway)}/${network.prefixLen}`, "brd", "+", "dev", br);
  host.ip("link", "set", br, "up");
  if (!daemon.options.userlandProxy) host.sysctl(`net.ipv4.conf.${br}.route_localnet`, "1");
  const needsBrNetfilter = !network.icc || (profile.name !== "20.10" && !daemon.options.userlandProxy);
  if (needsBrNetfilter && host.sysctlValue("net.bridge.bridge-nf-call-iptables") !== "1")
    host.sysctl("net.bridge.bridge-nf-call-iptables", "1");
  if (daemon.options.iptables) network.rules = profile.rules.network(host, network, daemon.options);
  daemon.networks.push(network);
  return network;
}

export function removeNetwork(host: Host, network: Network): void {
  const { daemon } = host;
  if (daemon.containers.some((c) => c.endpoints.some((e) => e.network === network.id)))
    throw dockerErrors.networkInUse(network.name, network.id);
  host.remove(network.rules);
  host.ip("link", "del", network.bridge);
  daemon.networks.splice(daemon.networks.indexOf(network), 1);
}

/** A network by name, full id or unique id prefix, as the daemon resolves it. */
export function findNetwork(host: Host, ref: string): Network | undefined {
  const { networks } = host.daemon;
  return (
    networks.find((n) => n.name === ref) ??
    networks.find((n) => n.id === ref) ??
    networks.find((n) => ref.length > 0 && n.id.startsWith(ref))
  );
}
