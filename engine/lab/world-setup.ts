import { BARE_SCRIPT } from "../scenario/bare";
import { createWorld, type WorldName } from "../scenario/worlds";

/** Real processes that stand in for a namespace's services (see stand-ins.ts). */
export interface StandIn {
  readonly netns: string;
  /** The name the web server's default page shows. */
  readonly owner: string;
  readonly httpPorts: readonly number[];
  readonly dnsPorts: readonly number[];
}

/** How the lab builds a world preset: the commands, then the services it runs. */
export interface WorldSetup {
  readonly commands: readonly string[];
  readonly standIns: readonly StandIn[];
}

/**
 * The presets the lab can build. The Docker worlds come next: their setup is the bare world's plus
 * the host commands dockerd runs at start (engine/docker/expand.ts, `dockerStartScript`), and their
 * scenarios' docker lines must go through `expandScript` first.
 */
const SCRIPTS: Readonly<Partial<Record<WorldName, string>>> = { empty: "", bare: BARE_SCRIPT };

/**
 * A preset's setup, read off the preset itself so that the two cannot drift apart: its script's
 * commands, and for each namespace the services listening when the preset is ready. A world's
 * services are its web servers (TCP) and DNS servers (UDP); `nc -l` listeners come from scenarios.
 */
export function worldSetup(name: WorldName): WorldSetup | { readonly error: string } {
  const script = SCRIPTS[name];
  if (script === undefined) return { error: `netplay lab: the lab cannot build the world "${name}" yet` };
  const commands = script
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith("#"));
  const standIns: StandIn[] = [];
  for (const [netns, ns] of createWorld(name).netns) {
    const listeners = ns.sockets.filter((socket) => socket.kind === "listen");
    if (listeners.length === 0) continue;
    const http = listeners.filter((l) => l.proto === 6);
    standIns.push({
      netns,
      owner: http[0]?.owner ?? netns,
      httpPorts: http.map((l) => l.port),
      dnsPorts: listeners.filter((l) => l.proto === 17).map((l) => l.port),
    });
  }
  return { commands, standIns };
}
