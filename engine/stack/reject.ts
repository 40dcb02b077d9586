import type { RejectWith } from "../netfilter/xt-context";
import type { Netns } from "../world";
import { ICMP, icmpSend } from "./icmp";
import type { Net } from "./net";
import { TCP, type Packet } from "./packet";
import { sendReset } from "./tcp";

/** REJECT's answer (nf_send_unreach / nf_send_reset): an ICMP Destination Unreachable, or a TCP reset. */
export function sendReject(net: Net, netns: Netns, offending: Packet, answer: RejectWith): void {
  if (answer.kind === "icmp") return icmpSend(net, netns, offending, ICMP.DEST_UNREACH, answer.code, true);
  const tcp = offending.l4;
  if (tcp?.proto === 6 && !(tcp.flags & TCP.RST)) sendReset(net, netns, offending, tcp, true);
}
