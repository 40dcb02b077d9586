import { getopt } from "./getopt";
import { INT_MAX, INT_MIN, strtonum } from "./nc-strtonum";

/** What `nc` (netcat-openbsd 1.219, Debian) was asked to do. */
export interface NcArgs {
  readonly listen: boolean;
  readonly keep: boolean;
  readonly udp: boolean;
  readonly scan: boolean;
  readonly verbose: boolean;
  readonly numeric: boolean;
  /** -N: shut the socket down for writing once stdin is at EOF. */
  readonly shutdownOnEof: boolean;
  /** -w: connect timeout and idle limit, ms. */
  readonly timeoutMs?: number;
  /** -q: quit this long after stdin's EOF, ms. */
  readonly quitMs?: number;
  /** -W: stop after this many reads from the network (a UDP read takes one datagram). */
  readonly recvLimit?: number;
  readonly sport?: number;
  readonly source?: string;
  readonly host?: string;
  readonly ports: readonly number[];
}

export const NC_USAGE = `usage: nc [-46CDdFhklNnrStUuvZz] [-I length] [-i interval] [-M ttl]
\t  [-m minttl] [-O length] [-P proxy_username] [-p source_port]
\t  [-q seconds] [-s sourceaddr] [-T keyword] [-V rtable] [-W recvlimit]
\t  [-w timeout] [-X proxy_protocol] [-x proxy_address[:port]]
\t  [destination] [port]
`;

const OPTSTRING = "46CDdFhI:i:klM:m:NnO:P:p:q:rSs:T:tUuV:vW:w:X:x:Zz";
const MODELLED = "4klNnpqsuvWwz";

/** The options that take a number, as nc checks and words them. */
const NUMBERS: Readonly<Record<string, { what: string; min: number; max: number }>> = {
  W: { what: "receive limit", min: 1, max: INT_MAX },
  w: { what: "timeout", min: 0, max: Math.floor(INT_MAX / 1000) },
  q: { what: "quit timer", min: INT_MIN, max: INT_MAX },
};

/** strtonum over 1..65535, worded as nc words its complaints. */
function port(text: string): number | string {
  if (!/^\d+$/.test(text)) return `nc: port number invalid: ${text}\n`;
  const n = Number(text);
  if (n < 1) return `nc: port number too small: ${text}\n`;
  if (n > 65535) return `nc: port number too large: ${text}\n`;
  return n;
}

/** A port or a LO-HI range, as build_ports expands it. */
function portList(text: string): number[] | string {
  const [lo, hi] = text.includes("-") ? text.split("-", 2) : [text, text];
  const from = port(lo!);
  if (typeof from === "string") return from;
  const to = port(hi!);
  if (typeof to === "string") return to;
  const [a, b] = from <= to ? [from, to] : [to, from];
  return Array.from({ length: b - a + 1 }, (_, i) => a + i);
}

const seconds = (n: number | undefined) => (n === undefined ? undefined : n * 1000);

export function parseNcArgs(args: readonly string[]): NcArgs | { readonly error: string } {
  const parsed = getopt(args, OPTSTRING);
  if ("error" in parsed) {
    const complaint =
      parsed.error === "invalid"
        ? `invalid option -- '${parsed.letter}'`
        : `option requires an argument -- '${parsed.letter}'`;
    return { error: `nc: ${complaint}\n${NC_USAGE}` };
  }
  const flags = new Set<string>();
  const values = new Map<string, string>();
  const numbers = new Map<string, number>();
  for (const [letter, value] of parsed.options) {
    if (!MODELLED.includes(letter))
      return { error: `nc: option -${letter} is not supported by the playground\n` };
    flags.add(letter);
    values.set(letter, value);
    const number = NUMBERS[letter];
    if (number === undefined) continue;
    // nc checks each number as getopt hands it over: the first bad one is the one reported.
    const n = strtonum(value, number.min, number.max);
    if (typeof n !== "number") return { error: `nc: ${number.what} ${n.error}: ${value}\n` };
    numbers.set(letter, n);
  }
  const timeoutMs = seconds(numbers.get("w"));
  // A negative -q is nc's default: no quit timer.
  const quit = numbers.get("q");
  const quitMs = quit !== undefined && quit >= 0 ? seconds(quit) : undefined;
  const recvLimit = numbers.get("W");
  let sport: number | undefined;
  if (values.has("p")) {
    const p = port(values.get("p")!);
    if (typeof p === "string") return { error: p };
    sport = p;
  }
  const listen = flags.has("l");
  // A listener stops its connection after the limit and, with -k, takes the next: not modelled.
  if (listen && recvLimit !== undefined)
    return { error: "nc: option -W is not supported by the playground\n" };
  // A listener takes [address] port, or its port from -p; a client takes a host and ports.
  const [first, ...rest] = parsed.operands;
  const host = listen && rest.length === 0 ? undefined : first;
  const portWords = listen ? parsed.operands.slice(host === undefined ? 0 : 1) : rest;
  if (listen && portWords.length === 0 && sport !== undefined) portWords.push(String(sport));
  if (portWords.length === 0) return { error: "nc: missing port number\n" };
  const ports: number[] = [];
  for (const word of portWords) {
    const list = portList(word);
    if (typeof list === "string") return { error: list };
    ports.push(...list);
  }
  return {
    listen,
    keep: flags.has("k"),
    udp: flags.has("u"),
    scan: flags.has("z"),
    verbose: flags.has("v"),
    numeric: flags.has("n"),
    shutdownOnEof: flags.has("N"),
    ports,
    ...(timeoutMs !== undefined ? { timeoutMs } : {}),
    ...(quitMs !== undefined ? { quitMs } : {}),
    ...(recvLimit !== undefined ? { recvLimit } : {}),
    ...(sport !== undefined && !listen ? { sport } : {}),
    ...(values.has("s") ? { source: values.get("s")! } : {}),
    ...(host !== undefined ? { host } : {}),
  };
}
