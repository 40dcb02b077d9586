import type { Counters } from "../netfilter/rule";
import { parameterProblem } from "./errors";
import { strtouiInRange } from "./numbers";

/** A rule number (`-I CHAIN N`, `-D CHAIN N`, `-R`, `-S CHAIN N`), in iptables' words when it is not one. */
export function ruleNumber(text: string): number {
  const num = strtouiInRange(text, 1, 0x7fffffff);
  if (num === undefined) throw parameterProblem(`Invalid rule number \`${text}'`);
  return num;
}

/** `-c PACKETS BYTES`, read as iptables reads them (sscanf %llu). */
export function parseCounters(packets: string, bytes: string | undefined): Counters {
  if (bytes === undefined) throw parameterProblem("-c requires packet and byte counter");
  // sscanf("%llu"): leading digits count, anything after them is ignored.
  const p = /^\s*\+?(\d+)/.exec(packets);
  if (!p) throw parameterProblem("-c packet counter not numeric");
  const b = /^\s*\+?(\d+)/.exec(bytes);
  if (!b) throw parameterProblem("-c byte counter not numeric");
  return { packets: BigInt.asUintN(64, BigInt(p[1]!)), bytes: BigInt.asUintN(64, BigInt(b[1]!)) };
}
