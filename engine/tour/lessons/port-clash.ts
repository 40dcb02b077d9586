import type { WorldView } from "../../view";
import { conntrackMatching } from "../checks";
import type { Lesson } from "../lesson";

const curl = (from: string) =>
  `${from}curl -s -m 2 -o /dev/null --local-port 40000 -w '%{http_code}\\n' http://198.18.5.130/`;

/** The host-side source port of a connection from `src`:40000 to 198.18.5.130:80, as its reply tuple says. */
function mappedPort(view: WorldView, src: string): number | undefined {
  const escaped = src.replaceAll(".", "\\.");
  const pattern = new RegExp(
    `src=${escaped} dst=198\\.18\\.5\\.130 sport=40000 dport=80 .*src=198\\.18\\.5\\.130 dst=192\\.168\\.31\\.228 sport=80 dport=(\\d+) `,
  );
  const [m] = conntrackMatching(view, "host", pattern);
  return m ? Number(m[1]) : undefined;
}

export const portClash: Lesson = {
  id: "port-clash",
  title: "When two connections clash on a port",
  world: "docker-20.10",
  setup: [
    { line: "docker run -d --name a debian sleep 1000000" },
    { line: "docker run -d --name b debian sleep 1000000" },
  ],
  text: [
    "MASQUERADE changed only the source address in the last lesson: the port stayed. The article stops at a fair question — what if two containers pick the same source port towards the same server? After SNAT both would look like one connection from the host.",
    "The kernel answers it in nf_nat's get_unique_tuple. It first tries to keep the connection as it is: if no other connection already owns the resulting tuple, the port is left alone. Only on a clash does it search: from a random offset it walks through ports of the same class as the original (1–511, 600–1023, or 1024–65535) until it finds a free tuple, trying 128 ports, then 64, 32, 16 and 8 from fresh random offsets — 248 at most — before giving up and dropping the packet.",
    'Clash means the whole tuple, so the same port towards a different server is fine. And it is not only for MASQUERADE: a connection with no NAT rule at all gets a "null binding" that runs the same check, so even the host\'s own connection can have its port moved.',
  ],
  tasks: [
    {
      id: "first-keeps",
      text: "From container a, connect to 198.18.5.130:80 from source port 40000: after MASQUERADE it still uses 40000.",
      solution: [{ line: curl("docker exec a ") }],
      done: ({ view }) => mappedPort(view, "172.17.0.2") === 40000,
    },
    {
      id: "second-moves",
      text: "Do the same from container b: that tuple is taken, so nf_nat gives b's connection another port.",
      solution: [{ line: curl("docker exec b ") }],
      done: ({ view }) => {
        const port = mappedPort(view, "172.17.0.3");
        return port !== undefined && port !== 40000 && port >= 1024;
      },
    },
    {
      id: "null-binding",
      text: "Now from the host itself, with no NAT rule for it: its port moves too, through the null binding.",
      solution: [{ line: curl("") }],
      done: ({ view }) => {
        const port = mappedPort(view, "192.168.31.228");
        return port !== undefined && port !== 40000;
      },
    },
  ],
};
