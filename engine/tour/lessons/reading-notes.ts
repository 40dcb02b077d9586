import type { Lesson } from "../lesson";

export const rootlessNotes: Lesson = {
  id: "rootless",
  title: "Reading notes: rootless containers",
  setup: [],
  text: [
    "Everything in this tour needs root on the host: creating bridges and veth pairs, writing iptables rules, turning on ip_forward. A container runtime started by an ordinary user (rootless Docker, Podman, nerdctl) can do none of that, so on the host you will find no docker0, no veths and no rules of its.",
    "Instead the runtime makes a user namespace and a network namespace of its own (via RootlessKit) and connects that namespace to the outside through a program in user space. The usual one is slirp4netns: inside the namespace it offers a tap device; outside, it turns the packets it reads from the tap into ordinary socket calls made by the user. pasta (from passt) works the same way, with less copying. Port publishing is a process listening on the host's port and forwarding, much like docker-proxy.",
    "Inside that namespace the runtime may still build a bridge, veths and iptables rules like the ones in this tour — it has root there. What changes is the way out: packets leave as the user's own connections, so the host's NAT and conntrack never see the containers' addresses, and the copying through user space costs throughput compared with a kernel bridge.",
    "The playground does not model slirp4netns or pasta; this page is for reading only.",
  ],
  tasks: [],
};

export const nftablesNotes: Lesson = {
  id: "nftables",
  title: "Reading notes: nftables",
  setup: [],
  text: [
    "nftables is netfilter's newer front end: one `nft` tool, tables you name yourself in families (ip, ip6, inet, bridge…), chains you attach to hooks with a priority you choose, and sets and maps built in. The hooks and the conntrack underneath are the same ones this tour walks through.",
    "The iptables you type in this playground is iptables-nft, as on Debian 12: the familiar syntax, translated into nftables rules in tables called filter, nat, raw and so on, with the old priorities. That is why the article's host showed two rule sets at once: firewalld wrote native nftables tables, while Docker's rules went in through the legacy iptables back end (iptables-legacy), which nft does not display. Two back ends on one host are two independent sets of hooks, and a packet has to pass both.",
    "Docker 29 has an experimental native nftables back end; Docker 20.10 to 28 always write iptables rules (through iptables-nft on modern distributions). Kubernetes' kube-proxy also has an nftables mode now. The playground speaks iptables only; `nft` is not modelled.",
  ],
  tasks: [],
};
