import { acceptedOn, hooksIn, policyOf, ruleMatched, ruleMissed, verdictIn } from "../checks";
import type { Lesson } from "../lesson";
import { COMPOSE_CADDY, LAPTOP_CURL_8081 } from "./setups";

export const dockerUser: Lesson = {
  id: "docker-user",
  title: "Published ports bypass INPUT; DOCKER-USER",
  world: "docker-20.10",
  setup: COMPOSE_CADDY,
  text: [
    "A firewall on a server usually lives in filter INPUT. The article warns that Docker's published ports slip past it, and the hook order explains why: the DNAT to the container happens in nat PREROUTING, before routing. By the time the route is chosen the destination is 172.18.0.2, not the host, so the packet goes to FORWARD and never sees INPUT.",
    "The place Docker leaves for your own rules is DOCKER-USER, jumped to first thing in FORWARD. But FORWARD also runs after the DNAT, so there the packet is already addressed to the container's port 80: a rule on `--dport 8081` never matches. Match the port the client asked for with conntrack instead: `-m conntrack --ctorigdstport 8081` compares the original tuple, before NAT. In 20.10 the chain ends with `-j RETURN`, so insert your rules with -I.",
  ],
  tasks: [
    {
      id: "input-bypassed",
      text: "Set INPUT's policy to DROP and fetch caddy's page from the laptop: it still works, through FORWARD.",
      solution: [{ line: "iptables -P INPUT DROP" }, LAPTOP_CURL_8081],
      done: ({ trace, view }) =>
        policyOf(view, "host", "filter", "INPUT") === "DROP" &&
        hooksIn(trace, "host").includes("FORWARD") &&
        acceptedOn(trace, "caddy", 80),
    },
    {
      id: "dport-misses",
      text: "Insert a DROP for --dport 8081 in DOCKER-USER and try again: the rule is tried but never matches.",
      solution: [{ line: "iptables -I DOCKER-USER -p tcp --dport 8081 -j DROP" }, LAPTOP_CURL_8081],
      done: ({ trace }) =>
        ruleMissed(trace, {
          netns: "host",
          table: "filter",
          chain: "DOCKER-USER",
          rule: "--dport 8081 -j DROP",
        }) && acceptedOn(trace, "caddy", 80),
    },
    {
      id: "ctorigdstport",
      text: "Insert a DROP that matches --ctorigdstport 8081 and try again: now the laptop is kept out.",
      solution: [
        { line: "iptables -I DOCKER-USER -p tcp -m conntrack --ctorigdstport 8081 -j DROP" },
        LAPTOP_CURL_8081,
      ],
      done: ({ trace }) =>
        ruleMatched(trace, {
          netns: "host",
          table: "filter",
          chain: "DOCKER-USER",
          rule: "--ctorigdstport 8081",
        }) && verdictIn(trace, "host", "filter", "DOCKER-USER", "DROP"),
    },
  ],
};
