import type { Netns } from "../world";
import { ICMP } from "./icmp";
import type { IcmpHeader } from "./packet";

/** icmp_err_convert: what each Destination Unreachable code means to a socket (errno text). */
const UNREACH_ERRNO: readonly string[] = [
  "Network is unreachable",
  "No route to host",
  "Protocol not available",
  "Connection refused",
  "Message too long",
  "Operation not supported",
  "Network is unreachable",
  "Host is down",
  "Machine is not on the network",
  "Network is unreachable",
  "No route to host",
  "Network is unreachable",
  "No route to host",
  "No route to host",
  "No route to host",
  "No route to host",
];

export function icmpErrno(type: number, code: number): string {
  if (type === ICMP.TIME_EXCEEDED) return "No route to host";
  return UNREACH_ERRNO[code] ?? "No route to host";
}

/**
 * Hands an ICMP error to the socket whose packet it quotes (tcp_v4_err, __udp4_lib_err, ping_err).
 * A connecting TCP socket dies of it; a datagram socket keeps it for its next read. Says who got it.
 */
export function icmpErrorToSocket(netns: Netns, from: number, icmp: IcmpHeader): string | undefined {
  const q = icmp.quote!;
  for (const sock of netns.sockets) {
    if (
      sock.kind === "tcp" &&
      q.proto === 6 &&
      sock.lport === q.sport &&
      sock.rport === q.dport &&
      sock.remote === q.dst
    ) {
      if (sock.state === "SYN_SENT" || sock.state === "SYN_RECV") {
        sock.error = icmpErrno(icmp.type, icmp.code);
        sock.state = "CLOSED";
      }
      return `${sock.owner} (TCP port ${sock.lport})`;
    }
    const dgram = (sock.kind === "udp" && q.proto === 17) || (sock.kind === "ping" && q.proto === 1);
    if (dgram && sock.lport === q.sport) {
      sock.errors.push({ from, type: icmp.type, code: icmp.code, seq: 0 });
      return `${sock.owner} (${sock.kind === "udp" ? "UDP port" : "ICMP id"} ${sock.lport})`;
    }
  }
  return undefined;
}
