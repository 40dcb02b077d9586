import type { CommandContext } from "../shell/command";
import { isTableName } from "../netfilter/tables";
import { BACKEND, VERSION } from "./errors";
import { Getopt, longOptionList, type LongOption } from "./getopt";
import { RestoreFailure, restoreRuleset } from "./restore";
import { saveRuleset } from "./save";

const opts = (list: [string, LongOption["arg"], string][]): LongOption[] =>
  list.map(([name, arg, id]) => ({ name, arg, id }));

const SAVE_OPTIONS = opts([
  ["counters", "none", "c"],
  ["version", "none", "V"],
  ["dump", "none", "d"],
  ["table", "required", "t"],
  ["modprobe", "required", "M"],
  ["file", "required", "f"],
  ["ipv4", "none", "4"],
  ["ipv6", "none", "6"],
]);

const RESTORE_OPTIONS = opts([
  ["counters", "none", "c"],
  ["verbose", "none", "v"],
  ["version", "none", "V"],
  ["test", "none", "t"],
  ["help", "none", "h"],
  ["noflush", "none", "n"],
  ["modprobe", "required", "M"],
  ["table", "required", "T"],
  ["ipv4", "none", "4"],
  ["ipv6", "none", "6"],
  ["wait", "optional", "w"],
  ["wait-interval", "optional", "W"],
]);

const shortTable = (list: LongOption[]) => new Map(list.map((o) => [o.id, { ...o, name: o.id }]));

/** glibc getopt's own complaints, which these two programs let through. */
function getoptComplaint(prog: string, event: { kind: string; word: string; char?: string }): string {
  if (event.kind === "missing-arg")
    return event.word.startsWith("--")
      ? `${prog}: option '${event.word}' requires an argument\n`
      : `${prog}: option requires an argument -- '${event.word.at(-1)}'\n`;
  return event.char
    ? `${prog}: invalid option -- '${event.char}'\n`
    : `${prog}: unrecognized option '${event.word}'\n`;
}

/** iptables-save [-c] [-t table] [-f file]: the ruleset as iptables-restore reads it. */
export function iptablesSave(ctx: CommandContext): number {
  const prog = ctx.argv[0]!;
  const getopt = new Getopt(ctx.argv.slice(1), shortTable(SAVE_OPTIONS));
  let counters = false;
  let table: string | undefined;
  let file: string | undefined;
  const longOptions = longOptionList(SAVE_OPTIONS);
  for (let e = getopt.next(longOptions); e; e = getopt.next(longOptions)) {
    if (e.kind === "unknown" || e.kind === "missing-arg") {
      ctx.stderr.write(`${getoptComplaint(prog, e)}Look at manual page \`${prog}.8' for more information.\n`);
      return 1;
    }
    if (e.kind === "word") continue;
    if (e.id === "c") counters = true;
    else if (e.id === "t") table = e.arg;
    else if (e.id === "f") file = e.arg;
    else if (e.id === "V") {
      ctx.stdout.write(`${prog} ${VERSION} (${BACKEND})\n`);
      return 0;
    }
  }
  if (table !== undefined && !isTableName(table)) {
    ctx.stderr.write(`Table \`${table}' does not exist\n`);
    return 1;
  }
  const text = saveRuleset(ctx.netns.ruleset, {
    counters,
    ...(table ? { table } : {}),
    now: ctx.world.clock,
    prog,
  });
  if (file === undefined) ctx.stdout.write(text);
  else ctx.world.files.set(file, text);
  return 0;
}

const RESTORE_USAGE = `Usage: iptables-restore [-c] [-v] [-V] [-t] [-h] [-n] [-T table] [-M command] [-4] [-6] [file]
\t   [ --counters ]
\t   [ --verbose ]
\t   [ --version]
\t   [ --test ]
\t   [ --help ]
\t   [ --noflush ]
\t   [ --table=<TABLE> ]
\t   [ --modprobe=<command> ]
\t   [ --ipv4 ]
\t   [ --ipv6 ]
`;

/** iptables-restore [-c] [-t] [-n] [-T table] [file]: replaces tables from iptables-save text. */
export function iptablesRestore(ctx: CommandContext): number {
  const prog = ctx.argv[0]!;
  const getopt = new Getopt(ctx.argv.slice(1), shortTable(RESTORE_OPTIONS));
  const options = { test: false, noflush: false, counters: false, table: undefined as string | undefined };
  let file: string | undefined;
  const longOptions = longOptionList(RESTORE_OPTIONS);
  for (let e = getopt.next(longOptions); e; e = getopt.next(longOptions)) {
    if (e.kind === "unknown" || e.kind === "missing-arg") {
      ctx.stderr.write(`${getoptComplaint(prog, e)}Try \`${prog} -h' for more information.\n`);
      return 1;
    }
    if (e.kind === "word") file = e.word;
    else if (e.id === "c") options.counters = true;
    else if (e.id === "t") options.test = true;
    else if (e.id === "n") options.noflush = true;
    else if (e.id === "T") options.table = e.arg;
    else if (e.id === "h") {
      ctx.stdout.write(RESTORE_USAGE);
      return 0;
    } else if (e.id === "V") {
      ctx.stdout.write(`${prog} ${VERSION} (${BACKEND})\n`);
      return 0;
    }
  }
  const input = file === undefined ? ctx.stdin : ctx.world.files.get(file);
  if (input === undefined) {
    ctx.stderr.write(`Can't open ${file}: No such file or directory\n`);
    return 1;
  }
  try {
    restoreRuleset(ctx.netns.ruleset, input, options, {
      out: (text) => ctx.stdout.write(text),
      warn: (text) => ctx.stderr.write(text),
    });
    return 0;
  } catch (err) {
    if (!(err instanceof RestoreFailure)) throw err;
    ctx.stderr.write(err.text);
    return err.status;
  }
}
