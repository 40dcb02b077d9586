import type { Command } from "../shell/command";
import { startDaemon } from "./daemon";
import { DockerError } from "./errors";
import { parseFlags, type FlagSpec } from "./flags";
import { PROFILES } from "./profile";
import { daemonOf, DEFAULT_OPTIONS, type DaemonOptions } from "./state";

/** dockerd's options that change what it does to the host's network. */
const FLAGS: readonly FlagSpec[] = [
  { long: "iptables", value: false },
  { long: "icc", value: false },
  { long: "ip-masq", value: false },
  { long: "ip-forward", value: false },
  { long: "userland-proxy", value: false },
];

function parseBool(flag: string, values: readonly string[] | undefined, fallback: boolean): boolean {
  const value = values?.at(-1);
  if (value === undefined) return fallback;
  if (["1", "t", "T", "true", "TRUE", "True"].includes(value)) return true;
  if (["0", "f", "F", "false", "FALSE", "False"].includes(value)) return false;
  throw new DockerError(
    `invalid argument "${value}" for "--${flag}" flag: strconv.ParseBool: parsing "${value}": invalid syntax\n`,
  );
}

/**
 * `dockerd [--iptables=false] [--icc=false] [--ip-masq=false] [--ip-forward=false]
 * [--userland-proxy=false]`: starts the daemon and returns, as `systemctl start docker` would.
 * `dockerd --version` names the world's Docker (chosen by the scenario: `netplay run --docker`).
 */
export const dockerd: Command = (ctx) => {
  const [first] = ctx.argv.slice(1);
  if (first === "--version" || first === "-v") {
    const profile = PROFILES[daemonOf(ctx.world).profile];
    ctx.stdout.write(`Docker version ${profile.version}, build ${profile.gitCommit}\n`);
    return 0;
  }
  try {
    const flags = parseFlags("dockerd", ctx.argv.slice(1), FLAGS, true);
    const options: DaemonOptions = {
      iptables: parseBool("iptables", flags.values.get("iptables"), DEFAULT_OPTIONS.iptables),
      icc: parseBool("icc", flags.values.get("icc"), DEFAULT_OPTIONS.icc),
      ipMasq: parseBool("ip-masq", flags.values.get("ip-masq"), DEFAULT_OPTIONS.ipMasq),
      ipForward: parseBool("ip-forward", flags.values.get("ip-forward"), DEFAULT_OPTIONS.ipForward),
      userlandProxy: parseBool(
        "userland-proxy",
        flags.values.get("userland-proxy"),
        DEFAULT_OPTIONS.userlandProxy,
      ),
    };
    startDaemon(ctx.world, options);
    return 0;
  } catch (error) {
    if (!(error instanceof DockerError)) throw error;
    ctx.stderr.write(error.text);
    return error.status;
  }
};
