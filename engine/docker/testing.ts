import { runScript } from "../shell";
import type { TraceEvent } from "../trace/events";
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
