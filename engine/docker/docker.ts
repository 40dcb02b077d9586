import type { Command } from "../shell/command";
import { dockerCompose } from "./compose/compose-cmd";
import { connect } from "./daemon";
import { DockerError, dockerErrors } from "./errors";
import { dockerExec, dockerRm, dockerStart, dockerStop } from "./cli/container-cmd";
import { dockerPort } from "./cli/port-cmd";
import { dockerInspect } from "./cli/inspect-cmd";
import { dockerNetwork } from "./cli/network-cmd";
import type { Out } from "./cli/out";
import { dockerPs } from "./cli/ps-cmd";
import { dockerRun } from "./cli/run-cmd";
import { dockerVersion } from "./cli/version-cmd";
import type { Host } from "./host";

type Subcommand = (host: Host, argv: readonly string[], out: Out, stdin: string) => number;

const SUBCOMMANDS: Readonly<Record<string, Subcommand>> = {
  network: dockerNetwork,
  run: dockerRun,
  ps: dockerPs,
  inspect: dockerInspect,
  exec: dockerExec,
  rm: dockerRm,
  stop: dockerStop,
  start: dockerStart,
  port: dockerPort,
  compose: (host, argv, out) => dockerCompose(host, argv, out, "v2"),
};

/** The docker CLI: each subcommand talks to the world's daemon. */
export const docker: Command = (ctx) => {
  const out: Out = { stdout: (t) => ctx.stdout.write(t), stderr: (t) => ctx.stderr.write(t) };
  const [sub, ...rest] = ctx.argv.slice(1);
  try {
    if (sub === "version") return dockerVersion(ctx.world, out);
    const run = sub === undefined ? undefined : SUBCOMMANDS[sub];
    if (!run) throw dockerErrors.unknownCommand(sub ?? "");
    return run(connect(ctx.world), rest, out, ctx.stdin);
  } catch (error) {
    if (!(error instanceof DockerError)) throw error;
    out.stderr(error.text);
    return error.status;
  }
};

/** Compose v1, as the article runs it. */
export const dockerComposeV1: Command = (ctx) => {
  const out: Out = { stdout: (t) => ctx.stdout.write(t), stderr: (t) => ctx.stderr.write(t) };
  try {
    return dockerCompose(connect(ctx.world), ctx.argv.slice(1), out, "v1");
  } catch (error) {
    if (!(error instanceof DockerError)) throw error;
    out.stderr(error.text);
    return error.status;
  }
};
