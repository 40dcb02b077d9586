import { formatIpv4 } from "../route/ipv4";
import type { Host, RuleRef } from "./host";
import type { RuleWriter } from "./profile";
import { cidr, containerPortSpec, dnatSpec } from "./rule-text";
import type { DaemonOptions, Network } from "./state";

/**
 * Docker 28.5 (libnetwork/drivers/bridge/internal/iptabler): DOCKER-FORWARD with DOCKER-CT,
 * DOCKER-BRIDGE and the isolation chains under it, a default DROP per network in DOCKER, and raw
 * PREROUTING drops against direct routing to containers. Docker 29 shares all but isolation.
 */

/** Driver init up to the jumps out of DOCKER-FORWARD, which differ between 28 and 29. */
export function initCommon(host: Host, options: DaemonOptions, chains: readonly string[]): void {
  host.newChain("nat", "DOCKER");
  for (const chain of ["DOCKER", "DOCKER-FORWARD", "DOCKER-BRIDGE", "DOCKER-CT", ...chains])
    host.newChain("filter", chain);
  host.ensure("nat", "PREROUTING", "-m addrtype --dst-type LOCAL -j DOCKER");
  host.ensure(
    "nat",
    "OUTPUT",
    `-m addrtype --dst-type LOCAL -j DOCKER${options.userlandProxy ? " ! -d 127.0.0.0/8" : ""}`,
  );
  host.jumpToTop("filter", "FORWARD", "DOCKER-FORWARD");
}

/** DOCKER-USER (28.2.2+ without its RETURN), its jump first in FORWARD. */
export function userChain(host: Host): void {
  host.newChain("filter", "DOCKER-USER");
  host.jumpToTop("filter", "FORWARD", "DOCKER-USER");
}

/** setupNonInternalNetworkRules: nat, then the filter rules every non-internal network gets. */
export function natAndForward(
  host: Host,
  owned: RuleRef[],
  net: Network,
  options: DaemonOptions,
  skipDnat: boolean,
): void {
  const br = net.bridge;
  const subnet = cidr(net.subnet, net.prefixLen);
  if (net.ipMasq) host.add(owned, "-I", "nat", "POSTROUTING", `-s ${subnet} ! -o ${br} -j MASQUERADE`);
  if (skipDnat && net.ipMasq && options.userlandProxy)
    host.add(owned, "-I", "nat", "DOCKER", `-i ${br} -j RETURN`);
  if (!options.userlandProxy)
    host.add(owned, "-I", "nat", "POSTROUTING", `-o ${br} -m addrtype --src-type LOCAL -j MASQUERADE`);
  if (!net.icc) host.add(owned, "-A", "filter", "DOCKER-FORWARD", `-i ${br} -o ${br} -j DROP`);
  host.add(
    owned,
    "-A",
    "filter",
    "DOCKER-FORWARD",
    net.icc ? `-i ${br} -j ACCEPT` : `-i ${br} ! -o ${br} -j ACCEPT`,
  );
  host.add(owned, "-A", "filter", "DOCKER", `! -i ${br} -o ${br} -j DROP`);
  host.add(
    owned,
    "-A",
    "filter",
    "DOCKER-CT",
    `-o ${br} -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT`,
  );
  host.add(owned, "-A", "filter", "DOCKER-BRIDGE", `-o ${br} -j DOCKER`);
}

/** Internal networks: traffic may not leave or enter the subnet; ICC as configured. */
export function internalRules(host: Host, owned: RuleRef[], net: Network, chain: string): void {
  const br = net.bridge;
  const subnet = cidr(net.subnet, net.prefixLen);
  host.add(owned, "-I", "filter", chain, `-i ${br} ! -d ${subnet} -j DROP`);
  host.add(owned, "-I", "filter", chain, `-o ${br} ! -s ${subnet} -j DROP`);
  host.add(owned, "-A", "filter", "DOCKER-FORWARD", `-i ${br} -o ${br} -j ${net.icc ? "ACCEPT" : "DROP"}`);
}

/** 28.2+: a container's address is reachable only through its bridge (filterDirectAccess). */
export const directAccessDrop: RuleWriter["endpoint"] = (host, net, endpoint) => {
  const owned: RuleRef[] = [];
  if (!net.internal)
    host.add(owned, "-A", "raw", "PREROUTING", `-d ${formatIpv4(endpoint.ip)} ! -i ${net.bridge} -j DROP`);
  return owned;
};

/** setPerPortIptables. */
export const publishPort: RuleWriter["port"] = (host, { network, endpoint, binding }, options) => {
  const owned: RuleRef[] = [];
  const br = network.bridge;
  if (binding.hostIp.startsWith("127."))
    host.add(
      owned,
      "-A",
      "raw",
      "PREROUTING",
      `-p ${binding.proto} -d ${binding.hostIp} --dport ${binding.hostPort} ! -i lo -j DROP`,
    );
  const dnat = dnatSpec(binding, endpoint.ip, "");
  host.add(owned, "-A", "nat", "DOCKER", options.userlandProxy ? `${dnat} ! -i ${br}` : dnat);
  if (!options.userlandProxy) {
    const ctr = formatIpv4(endpoint.ip);
    host.add(
      owned,
      "-A",
      "nat",
      "POSTROUTING",
      `-p ${binding.proto} -s ${ctr} -d ${ctr} --dport ${binding.containerPort} -j MASQUERADE`,
    );
  }
  host.add(
    owned,
    "-I",
    "filter",
    "DOCKER",
    `! -i ${br} -o ${br} ${containerPortSpec(binding, endpoint.ip)} -j ACCEPT`,
  );
  return owned;
};

export const rules28: RuleWriter = {
  init(host, options) {
    initCommon(host, options, ["DOCKER-ISOLATION-STAGE-1", "DOCKER-ISOLATION-STAGE-2"]);
    host.jumpToTop("filter", "DOCKER-FORWARD", "DOCKER-BRIDGE");
    host.jumpToTop("filter", "DOCKER-FORWARD", "DOCKER-ISOLATION-STAGE-1");
    host.jumpToTop("filter", "DOCKER-FORWARD", "DOCKER-CT");
    userChain(host);
  },

  network(host, net, options) {
    const owned: RuleRef[] = [];
    if (net.internal) {
      internalRules(host, owned, net, "DOCKER-ISOLATION-STAGE-1");
      return owned;
    }
    natAndForward(host, owned, net, options, true);
    const br = net.bridge;
    host.add(
      owned,
      "-A",
      "filter",
      "DOCKER-ISOLATION-STAGE-1",
      `-i ${br} ! -o ${br} -j DOCKER-ISOLATION-STAGE-2`,
    );
    host.add(owned, "-I", "filter", "DOCKER-ISOLATION-STAGE-2", `-o ${br} -j DROP`);
    return owned;
  },

  endpoint: directAccessDrop,
  port: publishPort,
};
