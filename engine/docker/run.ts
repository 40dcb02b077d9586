import { commands } from "../shell/registry";
import { runArgv } from "../shell/run-argv";
import { randomId } from "./alloc";
import { findContainer, removeContainer, startContainer, stopContainer } from "./container";
import { act } from "./daemon";
import { dockerErrors } from "./errors";
import type { Host } from "./host";
import { imageOf } from "./images";
import { randomName } from "./names";
import type { Container, PortBinding } from "./state";

/** What `docker run` and compose ask for. */
export interface RunRequest {
  readonly image: string;
  readonly cmd: readonly string[];
  readonly name?: string;
  readonly network: string;
  readonly ports: readonly PortBinding[];
  readonly ip?: number;
  readonly autoRemove: boolean;
  readonly labels: ReadonlyMap<string, string>;
}

/** docker create, then start. A start that fails (a port taken) leaves the container Created, as Docker does. */
export function runContainer(host: Host, req: RunRequest): Container {
  const { daemon, world } = host;
  const id = randomId(world);
  if (req.name !== undefined) {
    const other = findContainer(host, req.name);
    if (other && other.name === req.name) throw dockerErrors.nameInUse(req.name, other.id);
  }
  const name =
    req.name ?? randomName(world, (n) => daemon.containers.some((c) => c.name === n) || world.netns.has(n));
  const container: Container = {
    id,
    name,
    image: req.image,
    cmd: req.cmd,
    ports: req.ports,
    networkMode: req.network,
    ...(req.ip === undefined ? {} : { requestedIp: req.ip }),
    autoRemove: req.autoRemove,
    created: world.clock,
    netns: name,
    state: "created",
    exitCode: 0,
    endpoints: [],
    labels: req.labels,
  };
  if (!host.daemon.networks.some((n) => n.name === req.network || n.id === req.network))
    throw dockerErrors.runNetworkNotFound(req.network);
  daemon.containers.push(container);
  act(host, () => startContainer(host, container));
  return container;
}

/** The process a container runs, when the playground has it: the command, or the image's entrypoint applied. */
export function processArgv(container: Container): readonly string[] | undefined {
  const image = imageOf(container.image);
  let argv = container.cmd.length > 0 ? container.cmd : image.command;
  // curlimages/curl's entrypoint runs curl unless the first argument is a command.
  if (image.entrypoint && !commands.has(argv[0] ?? "")) argv = ["curl", ...argv];
  return commands.has(argv[0] ?? "") && argv[0] !== "sleep" ? argv : undefined;
}

/** An attached run: the container's process runs to its end with the terminal, then the container exits. */
export function runAttached(
  host: Host,
  container: Container,
  out: { stdout: (t: string) => void; stderr: (t: string) => void },
): number {
  const argv = processArgv(container);
  if (!argv) return 0;
  host.record(container.netns, argv);
  const status = runArgv({
    world: host.world,
    netns: host.world.netns.get(container.netns)!,
    argv,
    stdin: "",
    stdout: { write: out.stdout },
    stderr: { write: out.stderr },
  });
  act(host, () =>
    container.autoRemove ? removeContainer(host, container) : stopContainer(host, container, status),
  );
  return status;
}
