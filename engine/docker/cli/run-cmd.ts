import { parseIpv4 } from "../../route/ipv4";
import { dockerErrors } from "../errors";
import { all, has, last, parseFlags, type FlagSpec } from "../flags";
import type { Host } from "../host";
import { parsePublish } from "../ports";
import { runContainer, TO_LOG } from "../run";
import type { PortBinding } from "../state";
import type { Out } from "./out";

const RUN_FLAGS: readonly FlagSpec[] = [
  { long: "detach", short: "d", value: false },
  { long: "interactive", short: "i", value: false },
  { long: "tty", short: "t", value: false },
  { long: "rm", value: false },
  { long: "name", value: true },
  { long: "network", value: true },
  { long: "net", value: true },
  { long: "publish", short: "p", value: true },
  { long: "ip", value: true },
  { long: "env", short: "e", value: true },
  { long: "volume", short: "v", value: true },
  { long: "restart", value: true },
  { long: "hostname", short: "h", value: true },
  { long: "label", short: "l", value: true },
];

/** The lowest host port in `range` that no container and no earlier -p of this run holds. */
function freePort(host: Host, taken: readonly number[], [from, to]: readonly [number, number]): number {
  const used = new Set([...taken, ...host.daemon.containers.flatMap((c) => c.ports.map((p) => p.hostPort))]);
  let port = from;
  while (used.has(port) && port < to) port++;
  return port;
}

/** `docker run [OPTIONS] IMAGE [COMMAND] [ARG...]`. */
export function dockerRun(host: Host, argv: readonly string[], out: Out): number {
  const flags = parseFlags("docker run", argv, RUN_FLAGS, false);
  const [image, ...cmd] = flags.args;
  if (!image)
    throw dockerErrors.usage(
      "docker run",
      `"docker run" requires at least 1 argument.\n\nUsage:  docker run [OPTIONS] IMAGE [COMMAND] [ARG...]\n\nCreate and run a new container from an image`,
    );
  const ports: PortBinding[] = [];
  for (const spec of all(flags, "publish"))
    ports.push(
      ...parsePublish(spec, (range, taken) =>
        freePort(host, [...taken, ...ports.map((p) => p.hostPort)], range),
      ),
    );
  const ipText = last(flags, "ip");
  const ip = ipText === undefined ? undefined : parseIpv4(ipText);
  if (ipText !== undefined && ip === undefined)
    throw dockerErrors.usage(
      "docker run",
      `docker: invalid argument "${ipText}" for "--ip" flag: invalid string being converted to IP address: ${ipText}`,
    );
  const name = last(flags, "name");
  const detach = has(flags, "detach");
  const { container, status } = runContainer(
    host,
    {
      image,
      cmd,
      ...(name === undefined ? {} : { name }),
      network: last(flags, "network") ?? last(flags, "net") ?? "bridge",
      ports,
      ...(ip === undefined ? {} : { ip }),
      autoRemove: has(flags, "rm"),
      interactive: has(flags, "interactive") || has(flags, "tty"),
      labels: new Map(),
    },
    detach ? TO_LOG : out,
  );
  if (!detach) return status;
  out.stdout(`${container.id}\n`);
  return 0;
}
