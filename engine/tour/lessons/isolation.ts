import { acceptedOn, deliveredTo, ruleMatched, verdictIn } from "../checks";
import type { Lesson } from "../lesson";
import { COMPOSE_CADDY } from "./setups";

const PING_CADDY = { line: "docker exec debian ping -c 1 -W 1 172.18.0.2" };

export const isolation: Lesson = {
  id: "isolation",
  title: "Isolation between bridges",
  world: "docker-20.10",
  setup: [...COMPOSE_CADDY, { line: "docker run -d --name debian debian sleep 1000000" }],
  text: [
    "The host routes between all its bridges, so without rules debian on docker0 could reach caddy on caddy-1 directly. Docker 20.10 forbids that in two steps: DOCKER-ISOLATION-STAGE-1 sends a packet that enters from one bridge and leaves by another to STAGE-2, and STAGE-2 drops it if it is about to leave by any Docker bridge. The chains run near the top of FORWARD, before the per-bridge ACCEPT rules could let the packet through.",
    "Isolation is about routing between bridges, not about reaching published ports. A container can still use caddy's port through the host's address: the nat DOCKER chain begins with `-i docker0 -j RETURN`, so the packet is not DNATed but delivered to the host, where docker-proxy relays it. And a container attached to both networks simply talks to caddy over caddy-1.",
  ],
  tasks: [
    {
      id: "stage-2-drops",
      text: "Ping caddy (172.18.0.2) from debian: DOCKER-ISOLATION-STAGE-2 drops it.",
      solution: [PING_CADDY],
      done: ({ trace }) => verdictIn(trace, "host", "filter", "DOCKER-ISOLATION-STAGE-2", "DROP"),
    },
    {
      id: "published-via-proxy",
      text: "From debian, fetch http://192.168.31.228:8081/: the RETURN rule skips the DNAT and docker-proxy carries the connection to caddy.",
      solution: [
        {
          line: "docker exec debian curl -s -m 2 -o /dev/null -w '%{http_code}\\n' http://192.168.31.228:8081/",
        },
      ],
      done: ({ trace }) =>
        ruleMatched(trace, { netns: "host", table: "nat", chain: "DOCKER", rule: "-i docker0 -j RETURN" }) &&
        deliveredTo(trace, "host", "docker-proxy") &&
        acceptedOn(trace, "caddy", 80),
    },
    {
      id: "connect",
      text: "Attach debian to caddy's network too and ping again: now they share a bridge.",
      solution: [{ line: "docker network connect root_caddy-1 debian" }, PING_CADDY],
      done: ({ trace }) =>
        deliveredTo(trace, "caddy", "kernel: ICMP echo") && deliveredTo(trace, "debian", "ping"),
    },
  ],
};
