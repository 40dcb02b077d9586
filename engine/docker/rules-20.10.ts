import type { RuleRef } from "./host";
import type { RuleWriter } from "./profile";
import { formatIpv4 } from "../route/ipv4";
import { cidr, containerPortSpec, dnatSpec } from "./rule-text";

/**
 * Docker 20.10–27.x (libnetwork drivers/bridge/setup_ip_tables.go, iptables/iptables.go,
 * firewall_linux.go): one FORWARD block per network, newest first, the isolation chains, and
 * DOCKER-USER kept at the top of FORWARD after every network.
 */
export const rules2010: RuleWriter = {
  init(host) {
    host.newChain("nat", "DOCKER");
    host.newChain("filter", "DOCKER");
    host.newChain("filter", "DOCKER-ISOLATION-STAGE-1");
    host.newChain("filter", "DOCKER-ISOLATION-STAGE-2");
    host.ensure("filter", "DOCKER-ISOLATION-STAGE-1", "-j RETURN");
    host.ensure("filter", "DOCKER-ISOLATION-STAGE-2", "-j RETURN");
  },

  network(host, net, options) {
    const owned: RuleRef[] = [];
    const br = net.bridge;
    const subnet = cidr(net.subnet, net.prefixLen);
    const icc = () =>
      net.icc
        ? host.add(owned, "-I", "filter", "FORWARD", `-i ${br} -o ${br} -j ACCEPT`)
        : host.add(owned, "-A", "filter", "FORWARD", `-i ${br} -o ${br} -j DROP`);
    if (net.internal) {
      host.add(owned, "-I", "filter", "DOCKER-ISOLATION-STAGE-1", `-i ${br} ! -d ${subnet} -j DROP`);
      host.add(owned, "-I", "filter", "DOCKER-ISOLATION-STAGE-1", `-o ${br} ! -s ${subnet} -j DROP`);
      icc();
    } else {
      if (net.ipMasq) host.add(owned, "-I", "nat", "POSTROUTING", `-s ${subnet} ! -o ${br} -j MASQUERADE`);
      if (net.ipMasq && options.userlandProxy) host.add(owned, "-I", "nat", "DOCKER", `-i ${br} -j RETURN`);
      if (!options.userlandProxy)
        host.add(owned, "-I", "nat", "POSTROUTING", `-m addrtype --src-type LOCAL -o ${br} -j MASQUERADE`);
      icc();
      host.add(owned, "-I", "filter", "FORWARD", `-i ${br} ! -o ${br} -j ACCEPT`);
      host.ensure("nat", "PREROUTING", "-m addrtype --dst-type LOCAL -j DOCKER");
      host.ensure(
        "nat",
        "OUTPUT",
        `-m addrtype --dst-type LOCAL -j DOCKER${options.userlandProxy ? " ! --dst 127.0.0.0/8" : ""}`,
      );
      host.add(owned, "-I", "filter", "FORWARD", `-o ${br} -j DOCKER`);
      host.add(
        owned,
        "-I",
        "filter",
        "FORWARD",
        `-o ${br} -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT`,
      );
    }
    host.jumpToTop("filter", "FORWARD", "DOCKER-ISOLATION-STAGE-1");
    if (!net.internal) {
      host.add(
        owned,
        "-I",
        "filter",
        "DOCKER-ISOLATION-STAGE-1",
        `-i ${br} ! -o ${br} -j DOCKER-ISOLATION-STAGE-2`,
      );
      host.add(owned, "-I", "filter", "DOCKER-ISOLATION-STAGE-2", `-o ${br} -j DROP`);
    }
    // arrangeUserFilterRule, after each network the controller creates.
    host.newChain("filter", "DOCKER-USER");
    host.ensure("filter", "DOCKER-USER", "-j RETURN");
    host.jumpToTop("filter", "FORWARD", "DOCKER-USER");
    return owned;
  },

  endpoint: () => [],

  port(host, { network, endpoint, binding }, options) {
    const owned: RuleRef[] = [];
    const br = network.bridge;
    const dnat = dnatSpec(binding, endpoint.ip, "0/0");
    host.add(owned, "-A", "nat", "DOCKER", options.userlandProxy ? `${dnat} ! -i ${br}` : dnat);
    host.add(
      owned,
      "-A",
      "filter",
      "DOCKER",
      `! -i ${br} -o ${br} ${containerPortSpec(binding, endpoint.ip)} -j ACCEPT`,
    );
    const ctr = formatIpv4(endpoint.ip);
    host.add(
      owned,
      "-A",
      "nat",
      "POSTROUTING",
      `-p ${binding.proto} -s ${ctr} -d ${ctr} --dport ${binding.containerPort} -j MASQUERADE`,
    );
    return owned;
  },
};
