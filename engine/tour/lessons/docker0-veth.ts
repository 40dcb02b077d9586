import { acceptedOn, deliveredTo, eventsOf, verdictIn } from "../checks";
import type { Lesson } from "../lesson";

const PING_NGINX = { line: "docker exec debian ping -c 1 -W 1 172.17.0.3" };

export const docker0Veth: Lesson = {
  id: "docker0-veth",
  title: "docker0 and veth pairs",
  world: "docker-20.10",
  setup: [
    { line: "docker run -d --name debian debian sleep 1000000" },
    { line: "docker run -d --name nginx nginx" },
  ],
  text: [
    "Each container has its own network namespace. Docker joins it to the host with a veth pair — two devices that behave like the ends of one cable: the end inside is renamed eth0 and gets the container's address; the end outside, vethXXXXXXX, has no address and is plugged into the docker0 bridge as a port. docker0 holds 172.17.0.1, the containers' gateway, and the host's route `172.17.0.0/16 dev docker0` sends traffic for containers into the bridge.",
    "`ip addr`, `ip link show master docker0`, `bridge link` and `brctl show` show the pieces; `ip -n debian addr` looks inside a container.",
    "Traffic between two containers on docker0 is switched by the bridge, yet iptables still sees it: with br_netfilter loaded, bridged IPv4 frames are handed to the FORWARD chain as `-i docker0 -o docker0`. That is why Docker needs an ACCEPT rule for it, and why a rule of yours can stop it.",
  ],
  tasks: [
    {
      id: "through-bridge",
      text: "Ping nginx (172.17.0.3) from debian: the packet leaves debian's eth0, crosses its veth into docker0 and out through nginx's veth.",
      solution: [PING_NGINX],
      done: ({ trace }) =>
        eventsOf(trace, "wire").some((e) => e.from.netns === "debian" && e.to.netns === "host") &&
        eventsOf(trace, "bridge").some((e) => e.netns === "host" && e.bridge === "docker0") &&
        deliveredTo(trace, "nginx", "kernel: ICMP echo"),
    },
    {
      id: "host-to-container",
      text: "Fetch nginx's page from the host: the route for 172.17.0.0/16 sends it out of docker0.",
      solution: [{ line: "curl -s -o /dev/null -w '%{http_code}\\n' http://172.17.0.3/" }],
      done: ({ trace }) =>
        eventsOf(trace, "route").some(
          (e) => e.netns === "host" && e.decision === "output" && e.dev === "docker0",
        ) && acceptedOn(trace, "nginx", 80),
    },
    {
      id: "bridged-filtered",
      text: "Drop docker0-to-docker0 traffic in DOCKER-USER and ping again: a bridged frame stopped by an iptables rule.",
      solution: [{ line: "iptables -I DOCKER-USER -i docker0 -o docker0 -j DROP" }, PING_NGINX],
      done: ({ trace }) => verdictIn(trace, "host", "filter", "DOCKER-USER", "DROP"),
    },
  ],
};
