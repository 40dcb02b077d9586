import type { Policy } from "../netfilter/ruleset";
import type { TableName } from "../netfilter/tables";
import { otherProblem } from "./errors";

export interface RestoreOptions {
  /** --test: parse and check everything, change nothing. */
  readonly test: boolean;
  /** --noflush: add to the tables instead of replacing them. */
  readonly noflush: boolean;
  /** -c: rule lines' "[packets:bytes]" set the counters. */
  readonly counters: boolean;
  /** -T: only this table's blocks are applied. */
  readonly table?: string;
}

/** One `*table … COMMIT` block as it is read. Errors are thrown as XtablesError or RestoreFailure. */
export interface RestoreBlock {
  readonly name: TableName;
  /** `:CHAIN POLICY [packets:bytes]`. */
  chainLine(text: string): void;
  /** A rule line (an iptables command without `iptables`); false if this block cannot carry it out. */
  ruleLine(text: string, line: number): boolean;
  /** COMMIT: the kernel checks the table as the block leaves it. */
  commit(): void;
}

/** The first two blank-separated words after the ":" (one match instead of a split of the line). */
const CHAIN_LINE = /^:(\S*)(?:\s+(\S*))?/;

/** A chain line's name and policy ("-" for none); either may be "". */
export function chainLineWords(text: string): { name: string; policy: string } {
  const words = CHAIN_LINE.exec(text)!;
  return { name: words[1]!, policy: words[2] ?? "" };
}

export function checkPolicy(policy: string): Policy {
  if (policy !== "ACCEPT" && policy !== "DROP") throw otherProblem("Bad policy name");
  return policy;
}
