import { parameterProblem } from "../../iptables/errors";
import { strtouiInRange } from "../../iptables/numbers";
import type { MatchModule } from "../extension";
import { nextU32 } from "../../rng";
import { strtodWhole } from "./strtod";

/** The kernel keeps a probability as a fraction of 2^31. */
const SCALE = 2 ** 31;
const U32_MAX = 0xffffffff;

type Option = "mode" | "probability" | "every" | "packet";

/** The options as bits of StatisticMatch's `given`. */
const GIVEN: Readonly<Record<Option, number>> = { mode: 1, probability: 2, every: 4, packet: 8 };

export interface StatisticMatch {
  /** XT_STATISTIC_MODE_RANDOM is 0, so a rule without --mode is checked as random. */
  mode: "random" | "nth";
  /** Random mode: the chance of a match, in units of 2^-31 (lround(2^31 × p)). */
  probability: number;
  /** Nth mode: match one packet in `every` (0 when not given), counting from `packet`. */
  every: number;
  packet: number;
  invert: boolean;
  /** The options given, as GIVEN bits (each can be given once). */
  given: number;
  /** Which of --probability and --every was given last (they share a word of the kernel's union). */
  unionLast: "probability" | "every" | undefined;
  /**
   * Nth mode's packet counter (xt_statistic_priv.count), one per rule: it starts at every - 1 -
   * packet and counts modulo `every`; the packet that brings it to 0 matches.
   */
  count: number;
}

const given = (m: StatisticMatch, option: Option) => (m.given & GIVEN[option]) !== 0;

/**
 * The first u32 of xt_statistic_info's union, which statistic_check compares --packet with: the
 * probability or every - 1, whichever was written last.
 */
function firstUnionWord(m: StatisticMatch): number {
  if (m.unionLast === "probability") return m.probability;
  return m.unionLast === "every" ? m.every - 1 : 0;
}

/** printf("%.11f", probability / 2^31): exact, with glibc's round-half-to-even. */
function probabilityText(probability: number): string {
  const scaled = BigInt(probability) * 10n ** 11n;
  const scale = BigInt(SCALE);
  let units = scaled / scale;
  const twiceRest = (scaled % scale) * 2n;
  if (twiceRest > scale || (twiceRest === scale && units % 2n === 1n)) units += 1n;
  const digits = units.toString().padStart(12, "0");
  return `${digits.slice(0, -11)}.${digits.slice(-11)}`;
}

/** lround(2^31 × p) stored in a u32: NaN passes the range check and becomes 0, as on x86-64. */
function parseProbability(text: string): number {
  const value = strtodWhole(text);
  if (value === undefined || value < 0 || value > 1)
    throw parameterProblem('statistic: bad value for option "--probability", or out of range (0-1).\n');
  return Number.isNaN(value) ? 0 : Math.round(value * SCALE);
}

function parseCount(text: string, option: Option, min: number): number {
  const value = strtouiInRange(text, min, U32_MAX);
  if (value === undefined)
    throw parameterProblem(
      `statistic: bad value for option "--${option}", or out of range (${min}-${U32_MAX}).\n`,
    );
  return value;
}

/** libxtables' generic checks, after statistic_check, in option-table order. */
function checkOptionTable(m: StatisticMatch): void {
  const has = (option: Option) => given(m, option);
  const clash = (a: Option, b: Option) =>
    parameterProblem(`statistic: option "--${a}" cannot be used together with "--${b}".\n`);
  const needs = (a: Option, b: Option) =>
    parameterProblem(`statistic: option "--${a}" also requires "--${b}".\n`);
  if (!has("mode")) throw parameterProblem('statistic: option "--mode" must be specified\n');
  if (has("probability")) {
    if (has("every")) throw clash("probability", "every");
    if (has("packet")) throw clash("probability", "packet");
  }
  if (has("every") && !has("packet")) throw needs("every", "packet");
  if (has("packet") && !has("every")) throw needs("packet", "every");
}

/** The kernel's word for the random draw: 31 random bits against the probability. */
const RANDOM_BITS = 0x7fffffff;

/** Said after `match`, which has moved the counter or drawn the number: reads, never draws again. */
function why(m: StatisticMatch): string {
  const inv = m.invert ? "! " : "";
  if (m.mode === "random")
    return `${inv}probability ${probabilityText(m.probability)}: ${m.invert ? "picked" : "not picked"}`;
  const position = (m.count + m.packet) % m.every;
  return `nth packet ${position} ${m.invert ? "=" : "≠"} ${m.packet} (every ${m.every})`;
}

/** libxt_statistic: match a random share of packets, or every nth one. */
export const statistic: MatchModule<StatisticMatch> = {
  kind: "match",
  name: "statistic",
  options: [
    { name: "mode", arg: "required" },
    { name: "probability", arg: "required", invertible: true },
    { name: "every", arg: "required", invertible: true },
    { name: "packet", arg: "required" },
  ],
  init: () => ({
    module: statistic,
    mode: "random",
    probability: 0,
    every: 0,
    packet: 0,
    invert: false,
    given: 0,
    unionLast: undefined,
    count: 0,
  }),
  parse(m, option, arg, invert) {
    m.given |= GIVEN[option as Option];
    if (option === "probability" || option === "every") m.unionLast = option;
    if (invert) m.invert = true;
    switch (option) {
      case "mode":
        if (arg !== "random" && arg !== "nth") throw parameterProblem(`Bad mode "${arg}"`);
        m.mode = arg === "random" ? "random" : "nth"; // a constant: rules need not keep the line's copy
        return;
      case "probability":
        m.probability = parseProbability(arg!);
        return;
      case "every":
        m.every = parseCount(arg!, "every", 1);
        return;
      case "packet":
        m.packet = parseCount(arg!, "packet", 0);
    }
  },
  final(m) {
    if (m.mode === "random" && !given(m, "probability"))
      throw parameterProblem("--probability must be specified when using random mode");
    if (m.mode === "nth" && !given(m, "every") && !given(m, "packet"))
      throw parameterProblem("--every and --packet must be specified when using nth mode");
    if (m.packet > firstUnionWord(m)) throw parameterProblem("the --packet p must be 0 <= p <= n-1");
    checkOptionTable(m);
    if (m.mode === "nth") m.count = m.every - 1 - m.packet;
  },
  save(m) {
    const inv = m.invert ? " !" : "";
    if (m.mode === "random") return ` --mode random${inv} --probability ${probabilityText(m.probability)}`;
    return ` --mode nth${inv} --every ${m.every} --packet ${m.packet}`;
  },
  list(m) {
    const inv = m.invert ? " !" : "";
    if (m.mode === "random")
      return ` statistic mode random${inv} probability ${probabilityText(m.probability)}`;
    return ` statistic mode nth${inv} every ${m.every}${m.packet ? ` packet ${m.packet}` : ""}`;
  },
  /** statistic_mt: a random draw under the probability, or the counter wrapping to 0, flips the `!`. */
  match(m, _packet, ctx) {
    if (m.mode === "random") return (nextU32(ctx.world.rng) & RANDOM_BITS) < m.probability !== m.invert;
    m.count = m.count === m.every - 1 ? 0 : m.count + 1;
    return (m.count === 0) !== m.invert;
  },
  why,
};
