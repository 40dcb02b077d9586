import { parameterProblem } from "../../iptables/errors";
import { saveString } from "../../iptables/quote";
import type { TargetModule } from "../extension";
import type { XtContext } from "../xt-context";
import { logLine } from "./log-line";
import { wholeNumber } from "./xt-number";

/** xt_log_info.logflags bits (XT_LOG_*), in the order -L and -S print them. */
const FLAGS = [
  ["tcp-sequence", 0x01],
  ["tcp-options", 0x02],
  ["ip-options", 0x04],
  ["uid", 0x08],
  ["macdecode", 0x20],
] as const;

export interface LogTarget {
  /** syslog priority 0 (emerg) to 7 (debug). */
  level: number;
  prefix: string;
  flags: number;
}

/** LOG_WARNING: the level -S leaves out. */
const DEFAULT_LEVEL = 4;
/** xt_log_info.prefix is 30 bytes with the NUL: longer prefixes are cut silently. */
const MAX_PREFIX_BYTES = 29;

/** The names --log-level takes (xtopt_parse_sysloglevel), besides the numbers 0 to 7. */
const LEVEL_NAMES: ReadonlyMap<string, number> = new Map([
  ["alert", 1],
  ["crit", 2],
  ["debug", 7],
  ["emerg", 0],
  ["error", 3],
  ["info", 6],
  ["notice", 5],
  ["panic", 0],
  ["warning", 4],
]);

/** The first name glibc's prioritynames table has for each level, as -L prints it. */
const PRIORITY_NAMES = ["emerg", "alert", "crit", "err", "warn", "notice", "info", "debug"];

function parseLevel(arg: string): number {
  const level = wholeNumber(arg, 0, 7) ?? LEVEL_NAMES.get(arg);
  if (level === undefined) throw parameterProblem(`log level "${arg}" unknown\n`);
  return level;
}

function parsePrefix(arg: string): string {
  if (arg === "") throw parameterProblem("Argument must have a minimum length of 1 characters\n");
  if (arg.includes("\n")) throw parameterProblem("Newlines not allowed in --log-prefix");
  return firstBytes(arg, MAX_PREFIX_BYTES);
}

/** The longest start of `text` that fits in `max` UTF-8 bytes (a character cut in half is left out whole). */
function firstBytes(text: string, max: number): string {
  let bytes = 0;
  let out = "";
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    if (bytes > max) break;
    out += ch;
  }
  return out;
}

/** The playground's initial namespace, the kernel's init_net. */
const INIT_NETNS = "host";

/**
 * nf_log_allowed: to keep containers from flooding syslog, only the initial namespace logs, unless
 * its net.netfilter.nf_log_all_netns is 1.
 */
function logAllowed(ctx: XtContext): boolean {
  if (ctx.netns.name === INIT_NETNS) return true;
  return ctx.world.netns.get(INIT_NETNS)?.sysctl.get("net.netfilter.nf_log_all_netns") === "1";
}

/** libxt_LOG: log the packet's headers to the kernel log. */
export const log: TargetModule<LogTarget> = {
  kind: "target",
  name: "LOG",
  options: [
    { name: "log-level", arg: "required" },
    { name: "log-prefix", arg: "required" },
    ...FLAGS.map(([name]) => ({ name: `log-${name}`, arg: "none" as const })),
  ],
  init: () => ({ module: log, level: DEFAULT_LEVEL, prefix: "", flags: 0 }),
  parse(t, option, arg) {
    if (option === "log-level") t.level = parseLevel(arg!);
    else if (option === "log-prefix") t.prefix = parsePrefix(arg!);
    else t.flags |= FLAGS.find(([name]) => `log-${name}` === option)![1];
  },
  save(t) {
    let out = t.prefix ? ` --log-prefix ${saveString(t.prefix)}` : "";
    if (t.level !== DEFAULT_LEVEL) out += ` --log-level ${t.level}`;
    for (const [name, bit] of FLAGS) if (t.flags & bit) out += ` --log-${name}`;
    return out;
  },
  list(t, numeric) {
    let out = " LOG";
    if (numeric) out += ` flags ${t.flags} level ${t.level}`;
    else {
      out += ` level ${PRIORITY_NAMES[t.level]}`;
      for (const [name, bit] of FLAGS) if (t.flags & bit) out += ` ${name}`;
    }
    return t.prefix ? `${out} prefix "${t.prefix}"` : out;
  },
  /** log_tg: one kernel log line (the level only decides where syslog files it), then the next rule. */
  fire(t, packet, ctx) {
    if (logAllowed(ctx)) ctx.log(logLine(t.prefix, t.flags, packet, ctx.hook, ctx.world, ctx.netns));
    return "CONTINUE";
  },
};
