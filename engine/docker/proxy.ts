import { formatIpv4, parseIpv4 } from "../route/ipv4";
import { releaseSocket, tcpConnect, tcpShutdown, tcpWrite } from "../stack/client";
import type { Listener, Relay, TcpSock } from "../stack/socket";
import { tcpClose } from "../stack/tcp";
import type { PortBinding } from "./state";

/**
 * docker-proxy, the userland proxy: for each published TCP port it listens on the host and, for each
 * connection it accepts, dials the container's address and port from the host and copies the bytes
 * both ways. That second connection is why a container sees the gateway (its bridge's address) as
 * the client, and why loopback and hairpin traffic reach containers while the proxy is on.
 */

/** The command line dockerd starts it with (`netplay expand` shows it). */
export function proxyArgv(binding: PortBinding, ctrIp: number): readonly string[] {
  return [
    "docker-proxy",
    "-proto",
    binding.proto,
    "-host-ip",
    binding.hostIp || "0.0.0.0",
    "-host-port",
    String(binding.hostPort),
    "-container-ip",
    formatIpv4(ctrIp),
    "-container-port",
    String(binding.containerPort),
  ];
}

function relayTo(ctrIp: number, ctrPort: number): Relay {
  const onward = new WeakMap<TcpSock, TcpSock>();
  return {
    open(net, netns, sock) {
      const backend = tcpConnect(net, netns, { dst: ctrIp, dport: ctrPort, owner: "docker-proxy" });
      if (typeof backend !== "string" && backend.state === "ESTABLISHED") {
        onward.set(sock, backend);
        return;
      }
      // The container did not answer: the proxy drops the client's connection.
      if (typeof backend !== "string") releaseSocket(netns, backend);
      tcpClose(net, netns, sock);
    },
    data(net, netns, sock, data) {
      const backend = onward.get(sock);
      if (!backend) return undefined;
      const before = backend.received.length;
      tcpWrite(net, netns, backend, data);
      return backend.received.slice(before) || undefined;
    },
    close(net, netns, sock) {
      const backend = onward.get(sock);
      if (!backend) return;
      onward.delete(sock);
      tcpShutdown(net, netns, backend);
      releaseSocket(netns, backend);
    },
  };
}

/** The proxy's listening socket on the host for one published TCP port. */
export function proxyListener(binding: PortBinding, ctrIp: number): Listener {
  return {
    kind: "listen",
    proto: 6,
    addr: parseIpv4(binding.hostIp) ?? 0,
    port: binding.hostPort,
    owner: "docker-proxy",
    keep: true,
    relay: relayTo(ctrIp, binding.containerPort),
  };
}
