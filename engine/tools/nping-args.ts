import { TCP } from "../stack/packet";

/** What `nping` (0.7.93) was asked to send. */
export interface NpingArgs {
  readonly mode: "tcp" | "udp" | "icmp";
  readonly host: string;
  readonly count: number;
  readonly dport?: number;
  readonly sport?: number;
  readonly ttl: number;
  /** TCP flag bits (--flags); SYN unless told. */
  readonly flags: number;
  readonly data: string;
}

/** ECE and CWR, the two bits above URG. */
const FLAG_BITS: Readonly<Record<string, number>> = {
  SYN: TCP.SYN,
  ACK: TCP.ACK,
  FIN: TCP.FIN,
  RST: TCP.RST,
  PSH: TCP.PSH,
  URG: TCP.URG,
  ECE: 0x40,
  CWR: 0x80,
};
const FLAG_LETTERS: Readonly<Record<string, number>> = {
  S: TCP.SYN,
  A: TCP.ACK,
  F: TCP.FIN,
  R: TCP.RST,
  P: TCP.PSH,
  U: TCP.URG,
  E: 0x40,
  C: 0x80,
};

/** nping's default count: five rounds. */
const DEFAULT_COUNT = 5;

type Parse = NpingArgs | { readonly error: string };

/** --flags: names separated by commas (SYN,ACK), or letters run together (SA). */
function parseFlags(text: string): number | { error: string } {
  let bits = 0;
  for (const word of text.split(",")) {
    if (word === "") continue;
    const named = FLAG_BITS[word.toUpperCase()];
    if (named !== undefined) {
      bits |= named;
      continue;
    }
    for (const c of word) {
      const bit = FLAG_LETTERS[c.toUpperCase()];
      if (bit === undefined) return { error: `Invalid TCP flag supplied: ${c}\n` };
      bits |= bit;
    }
  }
  return bits;
}

const number = (text: string, max: number) =>
  /^\d+$/.test(text) && Number(text) <= max ? Number(text) : undefined;

/** Long options nping takes, by the name they set; -p, -g and -c are their short forms. */
const WITH_VALUE: Readonly<Record<string, string>> = {
  "-p": "dest-port",
  "--dest-port": "dest-port",
  "-g": "source-port",
  "--source-port": "source-port",
  "-c": "count",
  "--count": "count",
  "--ttl": "ttl",
  "--flags": "flags",
  "--data-string": "data-string",
};
const MODES: Readonly<Record<string, NpingArgs["mode"]>> = {
  "--tcp": "tcp",
  "--udp": "udp",
  "--icmp": "icmp",
};

export function parseNpingArgs(argv: readonly string[]): Parse {
  const modes = new Set<NpingArgs["mode"]>();
  const values = new Map<string, string>();
  const hosts: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith("-")) {
      hosts.push(arg);
      continue;
    }
    const eq = arg.indexOf("=");
    const name =
      arg.startsWith("--") && eq > 0
        ? arg.slice(0, eq)
        : arg.length > 2 && !arg.startsWith("--")
          ? arg.slice(0, 2)
          : arg;
    const attached = name === arg ? undefined : arg.slice(name.length + (arg[name.length] === "=" ? 1 : 0));
    if (MODES[name]) {
      modes.add(MODES[name]);
      continue;
    }
    const key = WITH_VALUE[name];
    if (!key) return { error: `nping: option ${name} is not supported by the playground\n` };
    const value = attached ?? argv[++i];
    if (value === undefined) return { error: `nping: option '${name}' requires an argument\n` };
    values.set(key, value);
  }
  if (modes.size > 1)
    return { error: "Cannot specify more than one probe mode. Choose either UDP or TCP.\n" };
  const get = (key: string) => values.get(key);
  let dport: number | undefined;
  const p = get("dest-port");
  if (p !== undefined) {
    if (!/^\d+$/.test(p)) {
      return /^[\d,-]+$/.test(p)
        ? { error: "nping: port lists and ranges are not supported by the playground\n" }
        : {
            error:
              'Error #485: Your port specifications are illegal.  Example of proper form: "-100,200-1024,3000-4000,60000-"\n',
          };
    }
    dport = number(p, 65535);
    if (dport === undefined) return { error: "Ports to be scanned must be between 0 and 65535 inclusive\n" };
  }
  const g = get("source-port");
  const sport = g === undefined ? undefined : number(g, 65535);
  if (g !== undefined && sport === undefined)
    return { error: "Source port must be a number between 0 and 65535 (inclusive)\n" };
  const t = get("ttl");
  const ttl = t === undefined ? 64 : number(t, 255);
  if (ttl === undefined) return { error: "TTL option must be a number between 0 and 255 (inclusive)\n" };
  const c = get("count");
  const count = c === undefined ? DEFAULT_COUNT : number(c, 2 ** 31 - 1);
  if (count === undefined) return { error: "Packet count must be an integer greater than or equal to 0.\n" };
  if (count === 0) return { error: "nping: -c 0 (send for ever) is not supported by the playground\n" };
  const f = get("flags");
  const flags = f === undefined ? TCP.SYN : parseFlags(f);
  if (typeof flags !== "number") return flags;
  const host = hosts[0];
  if (host === undefined) return { error: "WARNING: No targets were specified, so 0 hosts pinged.\n" };
  return {
    mode: [...modes][0] ?? "icmp",
    host,
    count,
    ttl,
    flags,
    data: get("data-string") ?? "",
    ...(dport !== undefined ? { dport } : {}),
    ...(sport !== undefined ? { sport } : {}),
  };
}
