import type { Netns } from "../world";
import type { Net } from "./net";
import type { TcpSock } from "./socket";

/** Every TCP socket of the world, with its namespace: the timers of one namespace's packets reach others. */
export function* tcpSockets(net: Net): Generator<readonly [Netns, TcpSock]> {
  for (const netns of net.world.netns.values())
    for (const sock of netns.sockets) if (sock.kind === "tcp") yield [netns, sock];
}

/** Aborts, silently, the TCP sockets `picked` chooses in every namespace (what the lab's ss -K does). */
export function abortTcpSockets(net: Net, picked: (sock: TcpSock) => boolean): void {
  for (const netns of net.world.netns.values()) {
    for (let i = netns.sockets.length - 1; i >= 0; i--) {
      const sock = netns.sockets[i]!;
      if (sock.kind === "tcp" && picked(sock)) netns.sockets.splice(i, 1);
    }
  }
}
