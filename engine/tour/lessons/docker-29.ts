import { acceptedOn, deliveredTo, natRewrites, sent, verdictIn } from "../checks";
import type { Lesson } from "../lesson";
import { CADDY_AND_DEBIAN } from "./setups";

const DEBIAN_CURL_8081 = {
  line: "docker exec debian curl -s -m 2 -o /dev/null -w '%{http_code}\\n' http://192.168.31.228:8081/",
};

export const docker29: Lesson = {
  id: "docker-29",
  title: "Docker 29: no more isolation chains",
  world: "docker",
  setup: CADDY_AND_DEBIAN,
  text: [
    "Docker 29 keeps 28's layout and drops two pieces of 20.10's. DOCKER-ISOLATION-STAGE-1 and -2 are gone: the raw rules already stop a container from reaching another bridge's containers directly, and the DROP at the end of each bridge's DOCKER rules stops the rest. Internal networks (`--internal`, no way out) get a chain of their own, DOCKER-INTERNAL.",
    "The nat `-i <bridge> -j RETURN` rules are gone too. In 20.10 and 28 they made a container's connection to a published port skip the DNAT and go through docker-proxy; now the DNAT applies to it like to any other client, so a published port is reachable from every bridge, directly. If that is not what you want, DOCKER-USER is the place to say so — it is empty, so -A works as well as -I.",
  ],
  tasks: [
    {
      id: "published-dnat",
      text: "From debian, fetch http://192.168.31.228:8081/: DNAT sends it straight to caddy, with no docker-proxy in between.",
      solution: [DEBIAN_CURL_8081],
      done: ({ trace }) =>
        natRewrites(trace, "host", "DNAT", false).some(
          (n) => n.before.src === "172.17.0.2" && n.after.dst === "172.18.0.2",
        ) &&
        acceptedOn(trace, "caddy", 80) &&
        !deliveredTo(trace, "host", "docker-proxy"),
    },
    {
      id: "docker-user-append",
      text: "Append a rule to DOCKER-USER that drops traffic from docker0's subnet to caddy-1's, and fetch again.",
      solution: [
        { line: "iptables -A DOCKER-USER -s 172.17.0.0/16 -d 172.18.0.0/16 -j DROP" },
        DEBIAN_CURL_8081,
      ],
      done: ({ trace }) =>
        sent(trace, "debian", "tcp") && verdictIn(trace, "host", "filter", "DOCKER-USER", "DROP"),
    },
    {
      id: "internal",
      text: "Create an internal network with a container on it and ping that container from debian: DOCKER-INTERNAL drops it.",
      solution: [
        { line: "docker network create --internal secret" },
        { line: "docker run -d --name vault --network secret debian sleep 1000000" },
        { line: "docker exec debian ping -c 1 -W 1 172.19.0.2" },
      ],
      done: ({ trace }) => verdictIn(trace, "host", "filter", "DOCKER-INTERNAL", "DROP"),
    },
  ],
};
