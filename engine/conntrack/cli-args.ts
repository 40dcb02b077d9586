import type { CtFilter } from "./cli-filter";
import { parseTcpState } from "./cli-filter";
import { atoiU16, parseAddrOption, strtoul } from "./cli-values";

/** What a `conntrack` command line asks for, parsed as conntrack-tools 1.4.7 parses it. */
export type CtCommand = "list" | "delete" | "flush" | "count" | "help" | "version";

export interface CtArgs {
  command?: CtCommand;
  /** `-L expect`: the (always empty) expectation table. */
  expect: boolean;
  readonly filter: CtFilter;
  extended: boolean;
  showId: boolean;
  /** Long names of the filter/output options given, for "Illegal option … with this command". */
  readonly options: string[];
}

type Arity = "none" | "required" | "optional";

interface OptionSpec {
  readonly short?: string;
  readonly longs: readonly string[];
  readonly arity: Arity;
  /** Applies the option; returns an error text, if any. */
  readonly apply: (args: CtArgs, value: string | undefined) => string | undefined;
  /** A command (-L, -D…) rather than a parameter. */
  readonly command?: CtCommand;
}

const PROTOCOLS: Readonly<Record<string, number>> = {
  tcp: 6,
  udp: 17,
  udplite: 136,
  icmp: 1,
  icmpv6: 58,
  sctp: 132,
  gre: 47,
  dccp: 33,
};
const OUTPUT_FORMATS = new Set(["extended", "id"]);

function command(short: string, long: string, cmd: CtCommand, arity: Arity = "optional"): OptionSpec {
  return {
    short,
    longs: [long],
    arity,
    command: cmd,
    apply: (args, table) => {
      if (args.command) return "Invalid commands combination";
      args.command = cmd;
      if (table === undefined || table === "conntrack") return undefined;
      if (table === "expect" && cmd === "list") {
        args.expect = true;
        return undefined;
      }
      return `unknown type \`${table}'`;
    },
  };
}

function address(short: string, longs: string[], key: "src" | "dst" | "replySrc" | "replyDst"): OptionSpec {
  return {
    short,
    longs,
    arity: "required",
    apply: (args, value) => {
      const parsed = parseAddrOption(value!);
      if (typeof parsed === "string") return parsed;
      const { filter } = args;
      const others = [filter.src, filter.dst, filter.replySrc, filter.replyDst].filter((f) => f);
      if (others.some((f) => f!.family !== parsed.family)) return "mismatched address family";
      filter[key] = parsed;
      return undefined;
    },
  };
}

function nat(short: string, long: string, key: "srcNat" | "dstNat" | "anyNat"): OptionSpec {
  return {
    short,
    longs: [long],
    arity: "optional",
    apply: (args, value) => {
      if (value === undefined) {
        args.filter[key] = {};
        return undefined;
      }
      const parsed = parseAddrOption(value);
      if (typeof parsed === "string") return parsed;
      args.filter[key] = { addr: parsed.addr };
      return undefined;
    },
  };
}

const number = (longs: string[], set: (f: CtFilter, n: number) => void, parse = atoiU16): OptionSpec => ({
  longs,
  arity: "required",
  apply: (args, value) => void set(args.filter, parse(value!)),
});

/** -w/--zone, --orig-zone, --reply-zone: strtoul's value cut to the u16 nfct_set_attr_u16 keeps. */
function zone(longs: string[], key: "zone" | "origZone" | "replyZone", short?: string): OptionSpec {
  return {
    ...(short === undefined ? {} : { short }),
    longs,
    arity: "required",
    apply: (args, value) => void (args.filter[key] = strtoul(value!) & 0xffff),
  };
}

const BASE_OPTIONS: readonly OptionSpec[] = [
  command("L", "dump", "list"),
  command("D", "delete", "delete"),
  command("F", "flush", "flush"),
  command("C", "count", "count"),
  { short: "h", longs: ["help"], arity: "none", command: "help", apply: (a) => void (a.command ??= "help") },
  {
    short: "V",
    longs: ["version"],
    arity: "none",
    command: "version",
    apply: (a) => void (a.command ??= "version"),
  },
  address("s", ["src", "orig-src"], "src"),
  address("d", ["dst", "orig-dst"], "dst"),
  address("r", ["reply-src"], "replySrc"),
  address("q", ["reply-dst"], "replyDst"),
  {
    short: "p",
    longs: ["protonum"],
    arity: "required",
    apply: (args, value) => {
      const name = value!.toLowerCase();
      const proto = /^\d+$/.test(name) ? Number(name) : PROTOCOLS[name];
      if (proto === undefined || proto > 255) return `\`${value}' unsupported protocol`;
      args.filter.proto = proto;
      return undefined;
    },
  },
  {
    short: "f",
    longs: ["family"],
    arity: "required",
    apply: (args, value) => {
      if (value !== "ipv4" && value !== "ipv6") return `\`${value}' unsupported protocol`;
      args.filter.family = value === "ipv4" ? 4 : 6;
      return undefined;
    },
  },
  {
    short: "m",
    longs: ["mark"],
    arity: "required",
    apply: (args, value) => {
      const [mark, mask] = value!.split("/");
      args.filter.mark = { value: strtoul(mark!), mask: mask === undefined ? 0xffffffff : strtoul(mask) };
      return undefined;
    },
  },
  zone(["zone"], "zone", "w"),
  zone(["orig-zone"], "origZone"),
  zone(["reply-zone"], "replyZone"),
  nat("n", "src-nat", "srcNat"),
  nat("g", "dst-nat", "dstNat"),
  nat("j", "any-nat", "anyNat"),
  {
    short: "o",
    longs: ["output"],
    arity: "required",
    apply: (args, value) => {
      for (const format of value!.split(",")) {
        if (!OUTPUT_FORMATS.has(format)) return `Bad parameter \`${format}'`;
        if (format === "extended") args.extended = true;
        else args.showId = true;
      }
      return undefined;
    },
  },
];

const PORT_OPTIONS: readonly OptionSpec[] = [
  number(["sport", "orig-port-src"], (f, n) => (f.sport = n)),
  number(["dport", "orig-port-dst"], (f, n) => (f.dport = n)),
  number(["reply-port-src"], (f, n) => (f.replySport = n)),
  number(["reply-port-dst"], (f, n) => (f.replyDport = n)),
];

const TCP_OPTIONS: readonly OptionSpec[] = [
  ...PORT_OPTIONS,
  {
    longs: ["state"],
    arity: "required",
    apply: (args, value) => {
      const state = parseTcpState(value!);
      if (!state) return `unknown TCP state \`${value}'`;
      args.filter.state = state;
      return undefined;
    },
  },
];

const ICMP_OPTIONS: readonly OptionSpec[] = [
  number(
    ["icmp-type"],
    (f, n) => (f.icmpType = n),
    (s) => strtoul(s) & 0xff,
  ),
  number(
    ["icmp-code"],
    (f, n) => (f.icmpCode = n),
    (s) => strtoul(s) & 0xff,
  ),
  number(
    ["icmp-id"],
    (f, n) => (f.icmpId = n),
    (s) => strtoul(s) & 0xffff,
  ),
];

/** The options conntrack knows once `-p` has loaded a protocol's extension. */
function optionsFor(proto: number | undefined): readonly OptionSpec[] {
  if (proto === 6) return [...BASE_OPTIONS, ...TCP_OPTIONS];
  if (proto === 17 || proto === 136 || proto === 132 || proto === 33)
    return [...BASE_OPTIONS, ...PORT_OPTIONS];
  if (proto === 1) return [...BASE_OPTIONS, ...ICMP_OPTIONS];
  return BASE_OPTIONS;
}

/** Finds the option an argument names: `-X`, `-Xvalue`, `--long` or `--long=value`. */
function lookup(
  arg: string,
  specs: readonly OptionSpec[],
): { spec: OptionSpec; attached?: string } | undefined {
  if (arg.startsWith("--")) {
    const eq = arg.indexOf("=");
    const name = arg.slice(2, eq < 0 ? undefined : eq);
    const spec = specs.find((s) => s.longs.includes(name));
    return spec && { spec, ...(eq < 0 ? {} : { attached: arg.slice(eq + 1) }) };
  }
  const spec = specs.find((s) => s.short === arg[1]);
  return spec && { spec, ...(arg.length > 2 ? { attached: arg.slice(2) } : {}) };
}

/** Parses argv[1…]; an error text is conntrack's own words, to print after its version prefix. */
export function parseCtArgs(argv: readonly string[]): CtArgs | { readonly error: string } {
  const args: CtArgs = { expect: false, filter: {}, extended: false, showId: false, options: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const found = arg.startsWith("-") && arg !== "-" ? lookup(arg, optionsFor(args.filter.proto)) : undefined;
    if (!found) {
      if (!arg.startsWith("-") && args.command) return { error: `unknown type \`${arg}'` };
      return { error: `unknown option \`${arg}'` };
    }
    const { spec, attached } = found;
    let value = attached;
    if (spec.arity === "required" && value === undefined) {
      value = argv[++i];
      if (value === undefined) return { error: `option \`${arg}' requires an argument` };
    } else if (spec.arity === "optional" && value === undefined) {
      const next = argv[i + 1];
      if (next !== undefined && !next.startsWith("-")) value = argv[++i];
    }
    const error = spec.apply(args, value);
    if (error) return { error };
    if (!spec.command && spec.longs[0] !== "family") args.options.push(spec.longs[0]!);
  }
  return args;
}
