import { parseIpv4 } from "../route/ipv4";
import { openDgram, releaseSocket, udpSendTo } from "../stack/client";
import { createNet } from "../stack/net";
import type { DgramSock, Listener } from "../stack/socket";
import type { World } from "../world";
import type { PortBinding } from "./state";

/**
 * docker-proxy for a published UDP port (proxy/udp_proxy.go): it reads each datagram on the host's
 * port and sends it on to the container from a socket of its own, one per client address and port
 * (the proxy's own connection tracking), so the container sees the gateway as the client and
 * conntrack sees a second flow from the host. What the container sends back to that socket goes
 * back to the client from the published port.
 */

/** The sockets each UDP proxy opened towards its container, closed with it. */
const backendsOf = new WeakMap<Listener, Map<string, DgramSock>>();

export function udpProxyListener(world: World, binding: PortBinding, ctrIp: number): Listener {
  const backends = new Map<string, DgramSock>();
  // What the container answered to the datagram just read: the stack sends it back to the client
  // right after handing the datagram over (onData, then answer).
  let reply: string | undefined;
  const listener: Listener = {
    kind: "listen",
    proto: 17,
    addr: parseIpv4(binding.hostIp) ?? 0,
    port: binding.hostPort,
    owner: "docker-proxy",
    keep: true,
    onData(data, peer, peerPort) {
      const net = createNet(world, world.trace);
      const host = world.netns.get("host")!;
      const client = `${peer}:${peerPort}`;
      let backend = backends.get(client);
      if (!backend) {
        backend = openDgram(net, host, "udp", "docker-proxy");
        backends.set(client, backend);
      }
      const before = backend.received.length;
      udpSendTo(net, host, backend, ctrIp, binding.containerPort, data);
      const answers = backend.received.slice(before);
      reply = answers.length > 0 ? answers.map((d) => d.data).join("") : undefined;
    },
    answer() {
      const answer = reply;
      reply = undefined;
      return answer;
    },
  };
  backendsOf.set(listener, backends);
  return listener;
}

/** The proxy stops: its listener and the sockets it opened towards the container go. */
export function closeProxy(world: World, listener: Listener): void {
  const host = world.netns.get("host")!;
  for (const backend of backendsOf.get(listener)?.values() ?? []) releaseSocket(host, backend);
  const i = host.sockets.indexOf(listener);
  if (i >= 0) host.sockets.splice(i, 1);
}
