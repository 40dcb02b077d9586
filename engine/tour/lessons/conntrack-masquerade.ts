import { conntrackMatching, eventsOf, natRewrites, ruleMatched, sent } from "../checks";
import type { Lesson } from "../lesson";

const CURL_OUT = "docker exec debian curl -s -m 2 -o /dev/null -w '%{http_code}\\n' http://198.18.5.130/";

export const conntrackMasquerade: Lesson = {
  id: "conntrack-masquerade",
  title: "Conntrack and MASQUERADE",
  world: "docker-20.10",
  setup: [{ line: "docker run -d --name debian debian sleep 1000000" }],
  text: [
    "A container on docker0 has a private address, 172.17.0.x, that nobody past the host can answer. Docker's rule `-t nat -A POSTROUTING -s 172.17.0.0/16 ! -o docker0 -j MASQUERADE` swaps the source for the address of the interface the packet leaves by, so the outside world talks to the host.",
    "Nobody wrote a rule to swap the reply's destination back. Connection tracking does it: when the first packet of a connection passes, conntrack stores two tuples — the connection as it was sent and the reply it expects after NAT. A reply that matches the second tuple is recognised and rewritten back automatically, before any rule sees it. The nat table itself is consulted only for a connection's first packet.",
    "conntrack's states are its own, not TCP's: ESTABLISHED means \"a reply has been seen\", so a ping's answer or a DNS response is ESTABLISHED too. That is why Docker's single `--ctstate RELATED,ESTABLISHED -j ACCEPT` rule in FORWARD lets every kind of answer back in.",
  ],
  tasks: [
    {
      id: "masquerade",
      text: "Fetch a page from the internet inside debian. Its source becomes 192.168.31.228 on the way out, the reply is mapped back, and conntrack keeps both tuples.",
      solution: [{ line: CURL_OUT }],
      done: ({ trace, view }) =>
        natRewrites(trace, "host", "SNAT", false).some(
          (n) => n.before.src.startsWith("172.17.") && n.after.src === "192.168.31.228",
        ) &&
        natRewrites(trace, "host", "DNAT", true).some((n) => n.after.dst.startsWith("172.17.")) &&
        conntrackMatching(view, "host", /src=172\.17\.\S+ .* dst=192\.168\.31\.228 /).length > 0,
    },
    {
      id: "icmp-established",
      text: "Ping the internet from debian: the echo reply is accepted by the RELATED,ESTABLISHED rule although ICMP has no connection.",
      solution: [{ line: "docker exec debian ping -c 1 198.18.5.130" }],
      done: ({ trace }) =>
        sent(trace, "debian", "icmp") &&
        ruleMatched(trace, {
          netns: "host",
          table: "filter",
          chain: "FORWARD",
          rule: "--ctstate RELATED,ESTABLISHED",
        }),
    },
    {
      id: "no-masquerade",
      text: "Delete the MASQUERADE rule and fetch the page again: the packet leaves eth0 with 172.17.0.2 as its source, and no answer can come back.",
      solution: [
        { line: "iptables -t nat -D POSTROUTING -s 172.17.0.0/16 ! -o docker0 -j MASQUERADE" },
        { line: CURL_OUT },
      ],
      done: ({ trace }) =>
        eventsOf(trace, "wire").some(
          (e) => e.from.netns === "host" && e.from.dev === "eth0" && e.packet.src.startsWith("172.17."),
        ),
    },
  ],
};
