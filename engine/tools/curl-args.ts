/** What `curl` (7.88.1) was asked to do. */
export interface CurlArgs {
  readonly url: string;
  /** -s: no progress meter, no error message. */
  readonly silent: boolean;
  /** -S: the error message even with -s. */
  readonly showError: boolean;
  readonly verbose: boolean;
  /** -i: the response head before the body, on stdout. */
  readonly include: boolean;
  /** -I: a HEAD request; the head is the output. */
  readonly head: boolean;
  /** -m: the whole operation's limit, ms (0: none). */
  readonly maxTimeMs: number;
  /** --connect-timeout, ms (0: curl's own 300 s). */
  readonly connectTimeoutMs: number;
  /** --local-port N[-M]. */
  readonly localPorts?: readonly [number, number];
  /** -o: where the body goes instead of stdout. */
  readonly output?: string;
  /** -w: what to print after the transfer. */
  readonly writeOut?: string;
}

type Value = "maxTime" | "connectTimeout" | "localPort" | "output" | "writeOut";
type Flag = "silent" | "showError" | "verbose" | "include" | "head" | "ignored";

/** Long names and short letters curl has that the playground models; -k, -L and -4 change nothing here. */
const LONG: Readonly<Record<string, Flag | Value>> = {
  silent: "silent",
  "show-error": "showError",
  verbose: "verbose",
  include: "include",
  head: "head",
  insecure: "ignored",
  location: "ignored",
  ipv4: "ignored",
  "max-time": "maxTime",
  "connect-timeout": "connectTimeout",
  "local-port": "localPort",
  output: "output",
  "write-out": "writeOut",
};
const SHORT: Readonly<Record<string, Flag | Value>> = {
  s: "silent",
  S: "showError",
  v: "verbose",
  i: "include",
  I: "head",
  k: "ignored",
  L: "ignored",
  "4": "ignored",
  m: "maxTime",
  o: "output",
  w: "writeOut",
};
const TAKES_VALUE = new Set<string>(["maxTime", "connectTimeout", "localPort", "output", "writeOut"]);
/** Every short option letter curl 7.88 knows; the rest of the characters are unknown to it. */
const CURL_SHORT = /^[0-46#:a-zA-Z]$/;

const TRY = "curl: try 'curl --help' or 'curl --manual' for more information\n";
const usageError = (text: string) => ({ error: `curl: ${text}\n${TRY}`, status: 2 });

export type CurlParse = CurlArgs | { readonly error: string; readonly status: number };

/** str2udouble: seconds as curl takes them, to ms. */
function seconds(option: string, text: string): number | { error: string; status: number } {
  if (/^-\d/.test(text)) return usageError(`option ${option}: expected a positive numerical parameter`);
  if (!/^(\d+\.?\d*|\.\d+)$/.test(text))
    return usageError(`option ${option}: expected a proper numerical parameter`);
  return Math.round(Number(text) * 1000);
}

/** --local-port N or N-M, each 1..65535. */
function portRange(
  option: string,
  text: string,
): readonly [number, number] | { error: string; status: number } {
  const m = /^(\d+)(?:-(\d+))?$/.exec(text);
  const lo = Number(m?.[1]);
  const hi = m?.[2] === undefined ? lo : Number(m[2]);
  if (!m || lo < 1 || hi > 65535 || hi < lo) return usageError(`option ${option}: is badly used here`);
  return [lo, hi];
}

export function parseCurlArgs(argv: readonly string[]): CurlParse {
  const flags = new Set<Flag>();
  const values = new Map<Value, [option: string, text: string]>();
  const urls: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const options: [name: string, kind: Flag | Value | undefined, attached?: string][] = [];
    if (arg.startsWith("--")) options.push([arg, LONG[arg.slice(2)]]);
    else if (arg.startsWith("-") && arg.length > 1) {
      for (let j = 1; j < arg.length; j++) {
        const kind = SHORT[arg[j]!];
        const rest = arg.slice(j + 1);
        options.push([`-${arg[j]}`, kind, kind && TAKES_VALUE.has(kind) && rest ? rest : undefined]);
        if (kind && TAKES_VALUE.has(kind)) break;
      }
    } else {
      urls.push(arg);
      continue;
    }
    for (const [name, kind, attached] of options) {
      if (kind === undefined) {
        const known = name.startsWith("--") || CURL_SHORT.test(name[1]!);
        return known
          ? { error: `curl: option ${name} is not supported by the playground\n`, status: 2 }
          : usageError(`option ${name}: is unknown`);
      }
      if (!TAKES_VALUE.has(kind)) {
        flags.add(kind as Flag);
        continue;
      }
      const text = attached ?? argv[++i];
      if (text === undefined) return usageError(`option ${name}: requires parameter`);
      values.set(kind as Value, [name, text]);
    }
  }
  if (urls.length === 0) return { error: TRY, status: 2 };
  if (urls.length > 1)
    return { error: "curl: more than one URL is not supported by the playground\n", status: 2 };
  const ms = (key: Value) => {
    const v = values.get(key);
    return v === undefined ? 0 : seconds(v[0], v[1]);
  };
  const maxTimeMs = ms("maxTime");
  if (typeof maxTimeMs !== "number") return maxTimeMs;
  const connectTimeoutMs = ms("connectTimeout");
  if (typeof connectTimeoutMs !== "number") return connectTimeoutMs;
  const port = values.get("localPort");
  const localPorts = port === undefined ? undefined : portRange(port[0], port[1]);
  if (localPorts !== undefined && "error" in localPorts) return localPorts;
  const output = values.get("output")?.[1];
  const writeOut = values.get("writeOut")?.[1];
  return {
    url: urls[0]!,
    silent: flags.has("silent"),
    showError: flags.has("showError"),
    verbose: flags.has("verbose"),
    include: flags.has("include"),
    head: flags.has("head"),
    maxTimeMs,
    connectTimeoutMs,
    ...(localPorts !== undefined ? { localPorts } : {}),
    ...(output !== undefined ? { output } : {}),
    ...(writeOut !== undefined ? { writeOut } : {}),
  };
}
