import { runScript } from "../shell";
import type { PacketView, TraceEvent } from "../trace/events";
import type { World } from "../world";

/** Runs a script, expecting every command to succeed; returns stdout and stderr joined. */
export function run(world: World, script: string): string {
  return runScript(world, script)
    .map((result) => {
      const text = result.output.map((chunk) => chunk.text).join("");
      if (result.status !== 0) throw new Error(`${result.command} exited ${result.status}: ${text}`);
      return text;
    })
    .join("");
}

/** Runs one line, whatever its status: its output, status and packet trace. */
export function traced(
  world: World,
  line: string,
): { output: string; status: number; trace: readonly TraceEvent[] } {
  const [result] = runScript(world, line, { trace: true });
  return {
    output: result?.output.map((chunk) => chunk.text).join("") ?? "",
    status: result?.status ?? 0,
    trace: result?.trace ?? [],
  };
}

/** The user network's bridge in a listing, named as in the article (its id is random). */
export const asArticleBridge = (text: string): string => text.replace(/br-[0-9a-f]{12}/g, "br-ac3e0514d837");

/** The article's docker-compose.yml (its "caddy" service on network caddy-1, 8081:80). */
export const ARTICLE_COMPOSE = `version: "3.3"
services:
  caddy:
    image: "caddy:2.2.1-alpine"
    container_name: "caddy"
    restart: always
    command: caddy file-server --browse --root /data/static
    ports:
      - "8081:80"
    volumes:
      - "/home/ryan/Downloads:/data/static"
    networks:
    - caddy-1

networks:
  caddy-1:
`;

export const writeCompose = (world: World): void =>
  void world.files.set("docker-compose.yml", ARTICLE_COMPOSE);

const flow = (p: PacketView) => `${p.src} > ${p.dst}:${p.dport ?? ""}`;

/**
 * The path of a connection's first packet (its SYN) in a few lines, up to the server's listener or
 * the first drop: who sent it, each NAT rewrite and the nat rule that chose it, bridge hairpins,
 * docker-proxy's second connection, and the rule that dropped it. Random device names are masked.
 */
export function synPath(trace: readonly TraceEvent[]): string {
  const lines: string[] = [];
  let lastMatched = "";
  for (const e of trace) {
    if (e.kind === "rule" && e.matched) lastMatched = `-A ${e.chain} ${e.rule}`;
    if (
      e.kind === "rule" &&
      e.matched &&
      e.table === "nat" &&
      / -j (DNAT|MASQUERADE|RETURN)/.test(` ${e.rule}`)
    )
      lines.push(`${e.netns}: nat ${lastMatched}`);
    if (e.kind === "send" && e.packet.flags === "S")
      lines.push(`${e.netns}: ${e.by} sends ${flow(e.packet)}`);
    if (e.kind === "nat" && e.before.flags === "S")
      lines.push(`${e.netns}: ${e.manip} ${flow(e.before)} → ${flow(e.after)}`);
    if (e.kind === "bridge" && e.outPorts.length === 1 && e.outPorts[0] === e.inPort)
      lines.push(`${e.netns}: ${e.bridge} sends it back out of ${e.inPort} (hairpin)`);
    if (e.kind === "verdict" && e.verdict === "DROP") {
      lines.push(`${e.netns}: dropped by ${e.table} ${lastMatched}`);
      break;
    }
    if (e.kind === "drop") {
      lines.push(`${e.netns}: dropped: ${e.reason}`);
      break;
    }
    if (e.kind === "deliver" && e.socket.includes("listening")) {
      lines.push(`${e.netns}: to ${e.socket}`);
      // docker-proxy's listener is half-way: its own connection to the container follows.
      if (!e.socket.startsWith("docker-proxy")) break;
    }
  }
  return `${lines.join("\n")}\n`.replace(/br-[0-9a-f]{12}/g, "br-X").replace(/veth[0-9a-f]{7}/g, "vethX");
}
