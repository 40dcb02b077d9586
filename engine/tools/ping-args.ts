import { getopt } from "./getopt";
import { PING_USAGE } from "./ping-text";

/** What `ping` was asked to do. */
export interface PingArgs {
  readonly host: string;
  readonly count: number;
  readonly intervalMs: number;
  /** -W: how long to wait for the last answer; 10 s (MAXWAIT) unless given. */
  readonly lingerMs: number;
  readonly ttl?: number;
  readonly size: number;
  readonly quiet: boolean;
  /** -n: print addresses, never names. */
  readonly numeric: boolean;
  /** Warnings the parser printed and went on (garbage after a number). */
  readonly warnings: string;
}

export type PingParse = PingArgs | { readonly error: string; readonly status: number };

/**
 * A terminal's ping runs until Ctrl-C; a playground command has to end, so without -c it sends
 * this many requests, as if the user had stopped it after the fourth.
 */
export const DEFAULT_COUNT = 4;

/** Every option iputils knows; those the playground does not model are refused by name. */
const OPTSTRING = "aAbBc:CdDe:fF:hi:I:l:Lm:M:nN:Op:qQ:Rs:S:t:T:UvVw:W:46";
const MODELLED = "ciWtsqn4";

const LONG_MAX = "9223372036854775807";

function invalid(text: string, range?: string): { error: string; status: number } {
  return {
    error: `ping: invalid argument: '${text}'${range ? `: out of range: ${range}` : ""}\n`,
    status: 1,
  };
}

/** strtod with iputils' complaint about trailing garbage (a warning, for now, in 20221126). */
function seconds(text: string, warnings: string[]): number {
  const match = /^\s*(\d+\.?\d*|\.\d+)/.exec(text);
  if (!match || match[0].length !== text.length) {
    warnings.push(
      `ping: option argument contains garbage: ${text.slice(match?.[0].length ?? 0)}\n`,
      "ping: this will become fatal error in the future\n",
    );
  }
  return match ? Number(match[1]) : 0;
}

export function parsePingArgs(args: readonly string[]): PingParse {
  const parsed = getopt(args, OPTSTRING);
  if ("error" in parsed) {
    const complaint =
      parsed.error === "invalid"
        ? `invalid option -- '${parsed.letter}'`
        : `option requires an argument -- '${parsed.letter}'`;
    return { error: `ping: ${complaint}\n${PING_USAGE}`, status: 2 };
  }
  const warnings: string[] = [];
  let count = DEFAULT_COUNT;
  let intervalMs = 1000;
  let lingerMs = 10000;
  let ttl: number | undefined;
  let size = 56;
  let quiet = false;
  let numeric = false;
  for (const [letter, value] of parsed.options) {
    if (!MODELLED.includes(letter))
      return { error: `ping: option -${letter} is not supported by the playground\n`, status: 2 };
    if (letter === "c" || letter === "s" || letter === "t") {
      if (!/^\d+$/.test(value)) return invalid(value);
      const n = Number(value);
      if (letter === "c" && n < 1) return invalid(value, `1 <= value <= ${LONG_MAX}`);
      if (letter === "t" && n > 255) return invalid(value, "0 <= value <= 255");
      if (letter === "t" && n === 0)
        return { error: "ping: cannot set unicast time-to-live: Invalid argument\n", status: 2 };
      if (letter === "c") count = n;
      else if (letter === "s") size = n;
      else ttl = n;
    } else if (letter === "i") intervalMs = Math.round(seconds(value, warnings) * 1000);
    else if (letter === "W") lingerMs = Math.round(seconds(value, warnings) * 1000);
    else if (letter === "q") quiet = true;
    else if (letter === "n") numeric = true;
  }
  const host = parsed.operands.at(-1);
  if (host === undefined) return { error: "ping: usage error: Destination address required\n", status: 1 };
  return {
    host,
    count,
    intervalMs,
    lingerMs,
    size,
    quiet,
    numeric,
    warnings: warnings.join(""),
    ...(ttl !== undefined ? { ttl } : {}),
  };
}
