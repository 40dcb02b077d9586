import { createWorld } from "../scenario/worlds";
import { runScript } from "../shell/script";
import type { World } from "../world";

/**
 * The three namespaces the real transcripts were recorded in: client 10.77.0.2/24 — router
 * (10.77.0.1, 10.78.0.1, forwarding) — server 10.78.0.2/24, each end routing by default through it.
 */
export const ROUTED_WORLD = `ip netns add client
ip netns add router
ip netns add server
ip link add veth-c netns client type veth peer name veth-rc netns router
ip link add veth-s netns server type veth peer name veth-rs netns router
ip -n client addr add 10.77.0.2/24 dev veth-c
ip -n router addr add 10.77.0.1/24 dev veth-rc
ip -n router addr add 10.78.0.1/24 dev veth-rs
ip -n server addr add 10.78.0.2/24 dev veth-s
ip -n client link set lo up
ip -n router link set lo up
ip -n server link set lo up
ip -n client link set veth-c up
ip -n router link set veth-rc up
ip -n router link set veth-rs up
ip -n server link set veth-s up
ip -n client route add default via 10.77.0.1
ip -n server route add default via 10.78.0.1
ip netns exec router sysctl -w net.ipv4.ip_forward=1
`;

export function routedWorld(): World {
  const world = createWorld("empty");
  const failed = runScript(world, ROUTED_WORLD).filter((r) => r.status !== 0);
  if (failed.length > 0) throw new Error(`test world: ${failed[0]!.command} failed`);
  return world;
}

/** Runs `script` in namespace `netns` and returns everything it printed, stdout and stderr in order. */
export function run(world: World, netns: string, script: string): { text: string; status: number } {
  const results = runScript(world, script, { netns });
  const text = results.map((r) => r.output.map((c) => c.text).join("")).join("");
  return { text, status: results.at(-1)?.status ?? 0 };
}
