/**
 * A kube-proxy (iptables mode) ruleset of a given size, deterministic from its seed: services with
 * cluster IPs and node ports, endpoints picked with `-m statistic`, DNAT to pods, MASQUERADE marks,
 * comments on every rule, as `iptables-save` prints them. Used by the benchmarks.
 */
function* hashes(seed: number): Generator<string> {
  let x = seed >>> 0 || 1;
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
  for (;;) {
    let out = "";
    for (let i = 0; i < 16; i++) {
      x ^= x << 13;
      x ^= x >>> 17;
      x ^= x << 5;
      out += alphabet[(x >>> 0) % 32];
    }
    yield out;
  }
}

const ip = (n: number) => `${(n >>> 24) & 255}.${(n >>> 16) & 255}.${(n >>> 8) & 255}.${n & 255}`;

export function kubeRuleset(ruleCount: number, seed = 1): string {
  const names = hashes(seed);
  const chains: string[] = ["KUBE-MARK-MASQ", "KUBE-NODEPORTS", "KUBE-POSTROUTING", "KUBE-SERVICES"];
  const rules: string[] = [
    '-A PREROUTING -m comment --comment "kubernetes service portals" -j KUBE-SERVICES',
    '-A OUTPUT -m comment --comment "kubernetes service portals" -j KUBE-SERVICES',
    '-A POSTROUTING -m comment --comment "kubernetes postrouting rules" -j KUBE-POSTROUTING',
    "-A KUBE-MARK-MASQ -j MARK --set-xmark 0x4000/0x4000",
    "-A KUBE-POSTROUTING -m mark ! --mark 0x4000/0x4000 -j RETURN",
    "-A KUBE-POSTROUTING -j MARK --set-xmark 0x4000/0x0",
    '-A KUBE-POSTROUTING -m comment --comment "kubernetes service traffic requiring SNAT" -j MASQUERADE --random-fully',
  ];
  const tail: string[] = [];
  for (let svc = 0; rules.length + tail.length < ruleCount; svc++) {
    const name = `ns${svc % 50}/svc-${svc}:http`;
    const clusterIp = ip(0x0a600000 + svc);
    const svcChain = `KUBE-SVC-${names.next().value}`;
    chains.push(svcChain);
    rules.push(
      `-A KUBE-SERVICES -d ${clusterIp}/32 -p tcp -m comment --comment "${name} cluster IP" -m tcp --dport 80 -j ${svcChain}`,
    );
    tail.push(
      `-A KUBE-NODEPORTS -p tcp -m comment --comment "${name}" -m tcp --dport ${30000 + (svc % 2767)} -j ${svcChain}`,
    );
    tail.push(
      `-A ${svcChain} ! -s 10.244.0.0/16 -d ${clusterIp}/32 -p tcp -m comment --comment "${name} cluster IP" -m tcp --dport 80 -j KUBE-MARK-MASQ`,
    );
    const endpoints = 3;
    for (let ep = 0; ep < endpoints; ep++) {
      const sepChain = `KUBE-SEP-${names.next().value}`;
      chains.push(sepChain);
      const podIp = ip(0x0af40000 + svc * 4 + ep + 1);
      const left = endpoints - ep;
      const pick = left > 1 ? ` -m statistic --mode random --probability ${(1 / left).toFixed(11)}` : "";
      tail.push(`-A ${svcChain} -m comment --comment "${name} -> ${podIp}:8080"${pick} -j ${sepChain}`);
      tail.push(`-A ${sepChain} -s ${podIp}/32 -m comment --comment "${name}" -j KUBE-MARK-MASQ`);
      tail.push(
        `-A ${sepChain} -p tcp -m comment --comment "${name}" -m tcp -j DNAT --to-destination ${podIp}:8080`,
      );
    }
  }
  const all = [...rules, ...tail].slice(0, ruleCount);
  return [
    "*nat",
    ":PREROUTING ACCEPT [0:0]",
    ":INPUT ACCEPT [0:0]",
    ":OUTPUT ACCEPT [0:0]",
    ":POSTROUTING ACCEPT [0:0]",
    ...chains.map((c) => `:${c} - [0:0]`),
    ...all,
    "COMMIT",
    "",
  ].join("\n");
}
