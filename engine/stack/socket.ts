import type { Net } from "./net";
import type { Netns } from "../world";

/**
 * Local sockets a packet can be delivered to: listeners (`nc -l`, the services of a preset world,
 * later containers' servers), the connections the kernel opened for them, and the sockets of
 * clients (`nc`, `curl`, `ping`).
 */

/** A passive socket waiting for connections (TCP) or datagrams (UDP) on an address and port. */
export interface Listener {
  readonly kind: "listen";
  readonly proto: 6 | 17;
  /** The bound address; 0 is INADDR_ANY. */
  readonly addr: number;
  readonly port: number;
  /** Who owns it, for the trace: "nc", "http", "dns"… */
  readonly owner: string;
  /** What the service answers to one request; undefined: it only reads (`nc -l`). */
  readonly answer?: (request: string) => string | undefined;
  /** `nc -l -k` keeps listening after a connection; a plain `nc -l` serves one and closes. */
  readonly keep: boolean;
  /** Called when a TCP connection has been accepted (its handshake completed), with the peer. */
  readonly onAccept?: (peer: number, peerPort: number) => void;
  /** Called with each piece of data that arrives (`nc -l` prints it), with who sent it. */
  readonly onData?: (data: string, peer: number, peerPort: number) => void;
  /** A TCP relay (docker-proxy) handles its connections itself, with the packet path at hand. */
  readonly relay?: Relay;
}

/**
 * What a relaying listener does with each accepted connection: open its own onward connection,
 * pass on the data (returning what to write back), and close onward when the peer closes.
 */
export interface Relay {
  open(net: Net, netns: Netns, sock: TcpSock): void;
  data(net: Net, netns: Netns, sock: TcpSock, data: string): string | undefined;
  close(net: Net, netns: Netns, sock: TcpSock): void;
}

export type TcpSockState =
  | "SYN_SENT"
  | "SYN_RECV"
  | "ESTABLISHED"
  | "FIN_WAIT1"
  | "FIN_WAIT2"
  | "CLOSE_WAIT"
  | "LAST_ACK"
  | "TIME_WAIT"
  | "CLOSED";

/** One end of a TCP connection (struct tcp_sock), client or accepted. */
export interface TcpSock {
  readonly kind: "tcp";
  readonly local: number;
  readonly lport: number;
  readonly remote: number;
  readonly rport: number;
  readonly owner: string;
  state: TcpSockState;
  /** The next sequence number to send, and the next one expected from the peer. */
  sndNxt: number;
  rcvNxt: number;
  /** Bytes received, in order. */
  received: string;
  /** The peer's latest timestamp, which ours echo (ts_recent). */
  tsRecent: number;
  /** The listener that accepted it (server side), whose `answer` replies. */
  readonly listener?: Listener;
  /** What ended or refused it: "Connection refused", "Connection reset by peer", "No route to host"… */
  error?: string;
  /**
   * The peer's SYN offered no TCP options (a crafted probe): Linux then answers with an MSS option
   * only, no timestamps and no window scaling.
   */
  readonly bare?: boolean;
  /**
   * A request (SYN_RECV): when its SYN-ACK timer fires, how many times it has, when it was armed,
   * when a retransmitted SYN was last answered, and when the request came (synack-timer.ts).
   */
  synAck?: {
    readonly due: number;
    readonly timeouts: number;
    readonly armed: number;
    readonly oowAt?: number;
    /** When the SYN came. */
    readonly since: number;
  };
  /** Our FIN awaits its ACK: when it goes again, and how many times it has (fin-timer.ts). */
  finTimer?: { readonly due: number; readonly timeouts: number };
}

/** A UDP socket (client side, or a listener's datagram exchange) or a ping socket (ICMP echo). */
export interface DgramSock {
  readonly kind: "udp" | "ping";
  readonly local: number;
  /** UDP: the local port; ping: the echo identifier. */
  readonly lport: number;
  readonly owner: string;
  /** Datagrams (or echo replies, by sequence number) received. */
  readonly received: {
    readonly from: number;
    readonly data: string;
    readonly seq: number;
    readonly ttl: number;
    readonly length: number;
  }[];
  /** ICMP errors about what it sent (port unreachable → ECONNREFUSED, and so on), in order. */
  readonly errors: {
    readonly from: number;
    readonly type: number;
    readonly code: number;
    readonly seq: number;
  }[];
}

export type Socket = Listener | TcpSock | DgramSock;
