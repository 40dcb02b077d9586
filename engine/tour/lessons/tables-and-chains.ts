import { chainEntered, hooksIn, verdictIn } from "../checks";
import type { Lesson } from "../lesson";

const PING_HOST = { line: "ip netns exec laptop ping -c 1 -W 1 192.168.31.228" };

export const tablesAndChains: Lesson = {
  id: "tables-and-chains",
  title: "Four tables, five chains",
  world: "bare",
  setup: [],
  text: [
    "Netfilter gives the kernel five places to look at a packet: PREROUTING as it arrives, INPUT if it is for this machine, FORWARD if it only passes through, OUTPUT when a local program sends, and POSTROUTING just before it leaves. iptables hangs tables on those hooks: raw, mangle, nat and filter (plus security, which SELinux uses). A table has a chain per hook it serves, and a rule lives in one chain of one table.",
    "At each hook the tables run in a fixed order set by their priorities. A packet for the host goes PREROUTING (raw, mangle, nat) then INPUT; a packet routed through goes PREROUTING, FORWARD, POSTROUTING; a local program's packet goes OUTPUT then POSTROUTING.",
    "The article gets two things wrong here, and this lesson shows both on the kernel's terms. First, INPUT's order is mangle, filter, security, then nat — not mangle, nat, filter: nat's INPUT chain runs late, after filter has already decided. Second, a matching rule does not make the packet skip the remaining tables. ACCEPT ends the walk of that one chain in that one table; the packet then meets the next table on the same hook and every later hook. Only a drop (DROP, REJECT) ends its journey. The same goes for raw: a rule there does not switch off conntrack or NAT — only NOTRACK (`-j CT --notrack`) does.",
  ],
  tasks: [
    {
      id: "ping-in",
      text: "Ping the host from the laptop and follow the echo request: PREROUTING, then INPUT, never FORWARD.",
      solution: [PING_HOST],
      done: ({ trace }) => {
        const hooks = hooksIn(trace, "host");
        const pre = hooks.indexOf("PREROUTING");
        return pre >= 0 && hooks.indexOf("INPUT") > pre && !hooks.includes("FORWARD");
      },
    },
    {
      id: "accept-is-local",
      text: "Accept everything in mangle PREROUTING, drop ICMP in filter INPUT, and ping again: mangle's ACCEPT did not save the packet from filter.",
      solution: [
        { line: "iptables -t mangle -A PREROUTING -j ACCEPT" },
        { line: "iptables -A INPUT -p icmp -j DROP" },
        PING_HOST,
      ],
      done: ({ trace }) =>
        verdictIn(trace, "host", "mangle", "PREROUTING", "ACCEPT") &&
        verdictIn(trace, "host", "filter", "INPUT", "DROP"),
    },
    {
      id: "input-order",
      text: "Turn filter's DROP into an ACCEPT of new connections, add a rule to nat INPUT, and ping: filter's INPUT chain runs before nat's.",
      solution: [
        { line: "iptables -R INPUT 1 -p icmp -m conntrack --ctstate NEW -j ACCEPT" },
        { line: "iptables -t nat -A INPUT -p icmp -j ACCEPT" },
        PING_HOST,
      ],
      done: ({ trace }) => {
        const filter = chainEntered(trace, "host", "filter", "INPUT");
        const nat = chainEntered(trace, "host", "nat", "INPUT");
        return filter >= 0 && nat > filter;
      },
    },
  ],
};
