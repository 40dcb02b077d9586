import { commands } from "../../shell/registry";
import { runArgv } from "../../shell/run-argv";
import { findContainer, removeContainer, startContainer, stopContainer } from "../container";
import { runProcess, TO_LOG } from "../run";
import { dockerErrors } from "../errors";
import { has, parseFlags } from "../flags";
import type { Host } from "../host";
import type { Container } from "../state";
import { eachRef } from "./each-ref";
import type { Out } from "./out";

/** `docker rm|stop|start|exec`. */

/** Runs `action` on each named container; like Docker, reports each failure and goes on. */
function eachContainer(
  host: Host,
  refs: readonly string[],
  out: Out,
  action: (c: Container, ref: string) => void,
): number {
  return eachRef(host, refs, out, (ref) => {
    const container = findContainer(host, ref);
    if (!container) throw dockerErrors.noSuchContainer(ref);
    action(container, ref);
  });
}

export function dockerRm(host: Host, argv: readonly string[], out: Out): number {
  const flags = parseFlags("docker rm", argv, [{ long: "force", short: "f", value: false }], true);
  return eachContainer(host, flags.args, out, (c) => {
    if (c.state === "running" && !has(flags, "force")) throw dockerErrors.removeRunning(c.id);
    removeContainer(host, c);
  });
}

export function dockerStop(host: Host, argv: readonly string[], out: Out): number {
  const flags = parseFlags("docker stop", argv, [{ long: "time", short: "t", value: true }], true);
  return eachContainer(host, flags.args, out, (c) => {
    stopContainer(host, c, 0);
    if (c.autoRemove) removeContainer(host, c);
  });
}

export function dockerStart(host: Host, argv: readonly string[], out: Out): number {
  const flags = parseFlags("docker start", argv, [{ long: "attach", short: "a", value: false }], true);
  return eachContainer(host, flags.args, out, (c) => {
    if (c.state === "running") return;
    startContainer(host, c);
    runProcess(host, c, has(flags, "attach") ? out : TO_LOG);
  });
}

/** `docker exec [-it] NAME CMD…`: a playground command in the container's namespace. */
export function dockerExec(host: Host, argv: readonly string[], out: Out, stdin: string): number {
  const flags = parseFlags(
    "docker exec",
    argv,
    [
      { long: "interactive", short: "i", value: false },
      { long: "tty", short: "t", value: false },
      { long: "detach", short: "d", value: false },
    ],
    false,
  );
  const [ref, ...cmd] = flags.args;
  if (!ref || cmd.length === 0)
    throw dockerErrors.usage(
      "docker exec",
      `"docker exec" requires at least 2 arguments.\n\nUsage:  docker exec [OPTIONS] CONTAINER COMMAND [ARG...]\n\nExecute a command in a running container`,
    );
  const container = findContainer(host, ref);
  if (!container) throw dockerErrors.noSuchContainer(ref);
  if (container.state !== "running") throw dockerErrors.notRunningContainer(container.id);
  if (!commands.has(cmd[0]!)) {
    out.stderr(
      `OCI runtime exec failed: exec failed: unable to start container process: exec: "${cmd[0]}": executable file not found in $PATH: unknown\n`,
    );
    return 126;
  }
  host.record(container.netns, cmd, flags.values.has("detach"));
  return runArgv({
    world: host.world,
    netns: host.world.netns.get(container.netns)!,
    argv: cmd,
    stdin,
    stdout: { write: out.stdout },
    stderr: { write: out.stderr },
  });
}
