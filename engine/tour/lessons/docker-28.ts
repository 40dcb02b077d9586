import { acceptedOn, chainEntered, ruleMatched, sent, verdictIn } from "../checks";
import type { Lesson } from "../lesson";
import { CADDY_AND_DEBIAN, LAPTOP_CURL_8081 } from "./setups";

export const docker28: Lesson = {
  id: "docker-28",
  title: "Docker 28: chains of its own, and the raw table",
  world: "docker-28",
  setup: CADDY_AND_DEBIAN,
  text: [
    "Everything so far was Docker 20.10, the version the article saw; 23 to 27 kept the same layout. Docker 28 rebuilt it. FORWARD now holds just two jumps, to DOCKER-USER and DOCKER-FORWARD, and DOCKER-FORWARD splits the work: DOCKER-CT accepts replies, the isolation chains come next, DOCKER-BRIDGE sends traffic bound for a bridge to DOCKER, and last come each bridge's own ACCEPT for traffic leaving it. DOCKER ends with a DROP per bridge, so only published ports get in from outside. DOCKER-USER no longer ends in RETURN (since 28.2.2).",
    "The bigger change is in the raw table. Before, a machine on the LAN that added a route to 172.18.0.0/16 via the host could reach every container directly, published or not. Since 28.2, each container gets `-t raw -A PREROUTING -d <its address> ! -i <its bridge> -j DROP`: a packet addressed to a container must arrive from that container's own bridge. raw runs before conntrack and NAT, so this sees the address the client really used; a published port still works because its packets are addressed to the host when raw sees them.",
  ],
  tasks: [
    {
      id: "docker-forward",
      text: "Fetch caddy's page from the laptop and find the new path: FORWARD, DOCKER-FORWARD, DOCKER-BRIDGE, then DOCKER's ACCEPT for port 80.",
      solution: [LAPTOP_CURL_8081],
      done: ({ trace }) =>
        chainEntered(trace, "host", "filter", "DOCKER-FORWARD") >= 0 &&
        ruleMatched(trace, {
          netns: "host",
          table: "filter",
          chain: "DOCKER",
          rule: "--dport 80 -j ACCEPT",
        }) &&
        acceptedOn(trace, "caddy", 80),
    },
    {
      id: "direct-routing",
      text: "Give the laptop a route to 172.18.0.0/16 through the host and ask caddy directly: raw PREROUTING drops it.",
      solution: [
        { line: "ip -n laptop route add 172.18.0.0/16 via 192.168.31.228" },
        { line: "ip netns exec laptop curl -s -m 2 http://172.18.0.2/" },
      ],
      done: ({ trace }) =>
        sent(trace, "laptop", "tcp") && verdictIn(trace, "host", "raw", "PREROUTING", "DROP"),
    },
    {
      id: "raw-isolates",
      text: "Ping caddy from debian: the same raw rule stops it before the isolation chains are reached.",
      solution: [{ line: "docker exec debian ping -c 1 -W 1 172.18.0.2" }],
      done: ({ trace }) =>
        sent(trace, "debian", "icmp") && verdictIn(trace, "host", "raw", "PREROUTING", "DROP"),
    },
  ],
};
