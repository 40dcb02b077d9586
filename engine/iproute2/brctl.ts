import type { Command } from "../shell/command";

/** bridge-utils' `brctl show [BRIDGE…]`: bridges and their ports, each list in alphasort order. */

const HEADER = "bridge name\tbridge id\t\tSTP enabled\tinterfaces\n";
const bytewise = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export const brctl: Command = (ctx) => {
  const [command, ...names] = ctx.argv.slice(1);
  if (command !== "show") {
    ctx.stderr.write(`never heard of command [${command ?? ""}]\n`);
    return 1;
  }
  const links = [...ctx.netns.links.values()];
  const bridges = links.filter((l) => l.kind === "bridge");
  const shown = names.length > 0 ? names : bridges.map((b) => b.name).sort(bytewise);
  // The header comes first for a full listing, and before the first named bridge that exists.
  let headed = false;
  const head = () => {
    if (!headed) ctx.stdout.write(HEADER);
    headed = true;
  };
  if (names.length === 0) head();
  let status = 0;
  for (const name of shown) {
    const bridge = bridges.find((b) => b.name === name);
    if (!bridge) {
      ctx.stderr.write(`bridge ${name} does not exist!\n`);
      status = 1;
      continue;
    }
    head();
    const ports = links
      .filter((l) => l.master === name)
      .map((l) => l.name)
      .sort(bytewise);
    ctx.stdout.write(
      `${name}\t\t8000.${bridge.mac.replace(/:/g, "")}\tno\t\t${ports.join("\n\t\t\t\t\t\t\t")}\n`,
    );
  }
  return status;
};
