import { runArgv } from "../shell/run-argv";
import type { Out } from "./cli/out";
import { randomId } from "./alloc";
import { findContainer, removeContainer, startContainer, stopContainer } from "./container";
import { act } from "./daemon";
import { dockerErrors } from "./errors";
import { findNetwork } from "./network";
import type { Host } from "./host";
import { randomName } from "./names";
import { mainProcess } from "./process";
import type { Container, PortBinding } from "./state";

/** What `docker run` and compose ask for. */
export interface RunRequest {
  readonly image: string;
  readonly cmd: readonly string[];
  readonly name?: string;
  readonly network: string;
  /** Further networks it starts on (compose's other `networks:`). */
  readonly alsoOn?: readonly string[];
  readonly ports: readonly PortBinding[];
  readonly ip?: number;
  readonly autoRemove: boolean;
  /** -i or -t: a shell keeps reading its standard input and runs on. */
  readonly interactive: boolean;
  readonly labels: ReadonlyMap<string, string>;
}

/**
 * docker create, then start, then the container's process (its output to `out`), with the status an
 * attached run returns. A start that fails (a port taken) leaves the container Created, as Docker does.
 */
export function runContainer(
  host: Host,
  req: RunRequest,
  out: Out = TO_LOG,
): { readonly container: Container; readonly status: number } {
  const { daemon, world } = host;
  const id = randomId(world);
  if (req.name !== undefined) {
    const other = findContainer(host, req.name);
    if (other && other.name === req.name) throw dockerErrors.nameInUse(req.name, other.id);
  }
  const name =
    req.name ?? randomName(world, (n) => daemon.containers.some((c) => c.name === n) || world.netns.has(n));
  const networks = [req.network, ...(req.alsoOn ?? [])].map((ref) => {
    const network = findNetwork(host, ref);
    if (!network) throw dockerErrors.runNetworkNotFound(ref);
    return network.id;
  });
  const container: Container = {
    id,
    name,
    image: req.image,
    cmd: req.cmd,
    ports: req.ports,
    networkMode: req.network,
    ...(req.ip === undefined ? {} : { requestedIp: req.ip }),
    autoRemove: req.autoRemove,
    interactive: req.interactive,
    created: world.clock,
    netns: name,
    state: "created",
    exitCode: 0,
    networks,
    endpoints: [],
    labels: req.labels,
  };
  daemon.containers.push(container);
  act(host, () => startContainer(host, container));
  return { container, status: runProcess(host, container, out) };
}

/** Where a detached container's process writes: its log, which the playground does not keep. */
export const TO_LOG: Out = { stdout: () => {}, stderr: () => {} };

/** The container's process has ended: it stops (its network goes), or is removed with --rm. */
function exited(host: Host, container: Container, status: number): void {
  act(host, () =>
    container.autoRemove ? removeContainer(host, container) : stopContainer(host, container, status),
  );
}

function exec(
  host: Host,
  container: Container,
  argv: readonly string[],
  out: Out,
  background = false,
): number {
  host.record(container.netns, argv, background);
  return runArgv({
    world: host.world,
    netns: host.world.netns.get(container.netns)!,
    argv,
    stdin: "",
    stdout: { write: out.stdout },
    stderr: { write: out.stderr },
  });
}

/**
 * The started container's process: a command the playground has runs to its end and the container
 * exits with its status; a bare shell exits at once; a server keeps it running. Returns the status
 * `docker run` gives back when attached (0 while the container runs on).
 */
export function runProcess(host: Host, container: Container, out: Out): number {
  if (container.state !== "running") return 0;
  const process = mainProcess(container);
  switch (process.kind) {
    case "serves":
      if (process.start) exec(host, container, process.start, out, true);
      return 0;
    case "shell":
      exited(host, container, 0);
      return 0;
    case "exits": {
      const status = exec(host, container, process.argv, out);
      exited(host, container, status);
      return status;
    }
  }
}
