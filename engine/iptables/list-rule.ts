import { inverted, type Invertible, type Rule } from "../netfilter/rule";
import type { Chain } from "../netfilter/ruleset";
import { formatAddr, maskLength } from "./address";
import { addressName } from "./hosts";
import { protocolToName } from "./protocol";

/** The -L switches that shape the listing. */
export interface ListFormat {
  readonly numeric: boolean;
  readonly verbose: boolean;
  readonly exact: boolean;
  readonly lineNumbers: boolean;
}

const padEnd = (s: string, width: number) => s.padEnd(width);
const padStart = (s: string, width: number) => s.padStart(width);

/** xtables_print_num in a table: exact "%8llu " with -x, else K/M/G/T scaled with rounding at each step. */
export function formatCount(n: bigint, exact: boolean, table = true): string {
  if (exact) return table ? `${padStart(String(n), 8)} ` : `${n} `;
  if (n <= 99999n) return table ? `${padStart(String(n), 5)} ` : `${n} `;
  let value = n;
  for (const unit of ["K", "M", "G"]) {
    value = BigInt.asUintN(64, value + 500n) / 1000n;
    if (value <= 9999n) return table ? `${padStart(String(value), 4)}${unit} ` : `${value}${unit} `;
  }
  value = BigInt.asUintN(64, value + 500n) / 1000n;
  return table ? `${padStart(String(value), 4)}T ` : `${value}T `;
}

export function chainHeader(chain: Chain, references: number, format: ListFormat): string {
  if (!chain.policy) return `Chain ${chain.name} (${references} references)\n`;
  if (!format.verbose) return `Chain ${chain.name} (policy ${chain.policy})\n`;
  const { packets, bytes } = chain.policyCounters;
  const count = (n: bigint) => formatCount(n, format.exact, false);
  return `Chain ${chain.name} (policy ${chain.policy} ${count(packets)}packets, ${count(bytes)}bytes)\n`;
}

export function columnHeader(format: ListFormat): string {
  let out = format.lineNumbers ? `${padEnd("num", 4)} ` : "";
  if (format.verbose)
    out += format.exact
      ? `${padStart("pkts", 8)} ${padStart("bytes", 10)} `
      : `${padStart("pkts", 5)} bytes `;
  out += `${padEnd("target", 9)}  prot opt`;
  if (format.verbose) out += ` ${padEnd("in", 6)} ${padEnd("out", 6)} `;
  return `${out} ${padEnd("source", 19)}  ${padEnd("destination", 19)} \n`;
}

function targetName(rule: Rule): string {
  const { target } = rule;
  switch (target.kind) {
    case "none":
      return "";
    case "verdict":
      return target.verdict;
    case "jump":
    case "goto":
      return target.chain;
    case "extension":
      return target.target.module.listName ?? target.target.module.name;
  }
}

function address(addr: number, mask: number, numeric: boolean): string {
  if (mask === 0 && !numeric) return "anywhere";
  const len = maskLength(mask);
  const suffix = len === 32 ? "" : `/${len >= 0 ? len : formatAddr(mask)}`;
  return (numeric ? formatAddr(addr) : addressName(addr)) + suffix;
}

function iface(name: string, invert: boolean, numeric: boolean): string {
  return (invert ? "!" : "") + (name || (numeric ? "*" : "any"));
}

/** One rule as a row of `iptables -L` (print_rule_details and the match/target printers). */
export function listRule(rule: Rule, num: number, format: ListFormat): string {
  const { numeric } = format;
  const bang = (field: Invertible, otherwise: string) => (inverted(rule, field) ? "!" : otherwise);
  let out = format.lineNumbers ? `${padEnd(String(num), 4)} ` : "";
  if (format.verbose)
    out += formatCount(rule.counters.packets, format.exact) + formatCount(rule.counters.bytes, format.exact);
  out += `${padEnd(targetName(rule), 9)} ${bang("proto", " ")}`;
  // iptables 1.8.9 prints protocol numbers under -n (reverted in 1.8.11).
  out += `${padEnd(numeric ? String(rule.proto) : (protocolToName(rule.proto) ?? String(rule.proto)), 4)} `;
  out += `${bang("frag", "-")}${rule.fragment ? "f" : "-"} `;
  if (format.verbose)
    out += ` ${padEnd(iface(rule.inIface, inverted(rule, "in"), numeric), 6)} ${padEnd(iface(rule.outIface, inverted(rule, "out"), numeric), 6)} `;
  out += `${bang("src", " ")}${padEnd(address(rule.src.addr, rule.src.mask, numeric), 19)} `;
  out += `${bang("dst", " ")}${padEnd(address(rule.dst.addr, rule.dst.mask, numeric), 19)} `;
  if (rule.target.kind === "goto") out += "[goto] ";
  for (const match of rule.matches) out += match.module.list(match, numeric);
  if (rule.target.kind === "extension") out += rule.target.target.module.list(rule.target.target, numeric);
  return `${out}\n`;
}
