import { acceptedOn, deliveredTo, natRewrites, ruleMatched } from "../checks";
import type { Lesson } from "../lesson";
import { COMPOSE_CADDY, LAPTOP_CURL_8081 } from "./setups";

export const composePort: Lesson = {
  id: "compose-port",
  title: "A user network and a published port",
  world: "docker-20.10",
  setup: COMPOSE_CADDY,
  text: [
    "The article's compose file starts caddy on a network of its own, caddy-1, and publishes its port 80 as the host's 8081. Compose names the network after the project (root_caddy-1 here); Docker makes a bridge for it named br- and the first 12 hex digits of the network's id, takes the next free /16 (172.18.0.0/16), and gives caddy 172.18.0.2.",
    "The new bridge gets the same set of rules as docker0: its own MASQUERADE, its FORWARD rules and its isolation rules. The published port adds three more: a DNAT in the nat DOCKER chain (reached from PREROUTING for any packet addressed to the host), an ACCEPT in the filter DOCKER chain for the translated destination, and a MASQUERADE for a container reaching itself.",
    "Two ways in are worth telling apart. A packet from another machine is DNATed in PREROUTING and forwarded to the container. A connection from the host to 127.0.0.1 is left alone by nat OUTPUT (it excludes 127.0.0.0/8), so it reaches docker-proxy, the userland proxy that listens on 8081 and opens its own connection to caddy.",
  ],
  tasks: [
    {
      id: "dnat-from-lan",
      text: "From the laptop, fetch http://192.168.31.228:8081/: nat PREROUTING jumps to DOCKER, whose DNAT rule sends the packet to 172.18.0.2:80.",
      solution: [LAPTOP_CURL_8081],
      done: ({ trace }) =>
        ruleMatched(trace, { netns: "host", table: "nat", chain: "DOCKER", rule: "-j DNAT" }) &&
        natRewrites(trace, "host", "DNAT", false).some(
          (n) => n.after.dst === "172.18.0.2" && n.after.dport === 80,
        ) &&
        acceptedOn(trace, "caddy", 80),
    },
    {
      id: "proxy-from-host",
      text: "From the host, fetch http://127.0.0.1:8081/: no DNAT this time, docker-proxy answers and relays.",
      solution: [{ line: "curl -s -o /dev/null -w '%{http_code}\\n' http://127.0.0.1:8081/" }],
      done: ({ trace }) => deliveredTo(trace, "host", "docker-proxy") && acceptedOn(trace, "caddy", 80),
    },
    {
      id: "caddy-out",
      text: "Ping the internet from caddy: the new subnet has its own MASQUERADE rule.",
      solution: [{ line: "docker exec caddy ping -c 1 198.18.5.130" }],
      done: ({ trace }) =>
        natRewrites(trace, "host", "SNAT", false).some(
          (n) => n.before.src === "172.18.0.2" && n.after.src === "192.168.31.228",
        ),
    },
  ],
};
