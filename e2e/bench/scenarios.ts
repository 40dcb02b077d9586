/** The command lines that build the benchmark's scenarios, typed as a user would paste them. */

/** 10 user networks with 20 nginx containers each, as one line: one run, one redraw of the canvas. */
export function bigTopology(networks = 10, perNetwork = 20): string {
  const lines: string[] = [];
  for (let n = 1; n <= networks; n++) lines.push(`docker network create net${n}`);
  for (let c = 1; c <= networks * perNetwork; c++)
    lines.push(`docker run -d --name c${c} --network net${1 + ((c - 1) % networks)} nginx`);
  return `${lines.join(" > /dev/null ; ")} > /dev/null`;
}

/** The first container's request to the next one on its network (net1 is 172.18.0.0/16; c1 .2, c11 .3). */
export const BIG_TOPOLOGY_PACKET = "ip netns exec c1 curl -s -m 2 -o /dev/null http://172.18.0.3/";

/** §2's ruleset: 9,999 UDP port tests that fail, then one that accepts port 9999, restored by heredoc. */
export function longInputChain(rules = 10_000): string {
  const lines = ["iptables-restore <<'RULES'", "*filter", ":INPUT ACCEPT [0:0]", ":FORWARD ACCEPT [0:0]"];
  lines.push(":OUTPUT ACCEPT [0:0]");
  for (let i = 1; i < rules; i++) lines.push(`-A INPUT -p udp -m udp --dport ${20000 + i} -j DROP`);
  lines.push("-A INPUT -p udp -m udp --dport 9999 -j ACCEPT", "COMMIT", "RULES");
  return `${lines.join("\n")}\n`;
}

/** One datagram through the chain (and the port-unreachable answer back through it). */
export const LONG_CHAIN_PACKET = "nping --udp -p 9999 -c 1 127.0.0.1";

/** 18 more containers beside the opening two: on docker0 and a user network, some with a published port. */
export function twentyContainers(): string {
  const lines = ["docker network create shop"];
  const images = ["nginx", "redis", "postgres"];
  for (let i = 1; i <= 18; i++) {
    const network = i % 2 ? "--network shop " : "";
    const publish = i % 6 === 0 ? `-p ${9000 + i}:80 ` : "";
    lines.push(`docker run -d --name app${i} ${network}${publish}${images[i % images.length]}`);
  }
  return `${lines.join("\n")}\n`;
}
