import type { Ruleset } from "../netfilter/ruleset";
import { isTableName, type TableName } from "../netfilter/tables";
import { parameterProblem, XtablesError } from "./errors";
import type { Output } from "./iptables";
import type { RestoreBlock, RestoreOptions } from "./restore-block";
import { CompactBlock } from "./restore-compact";
import { lineFailure, PROG, RestoreFailure } from "./restore-failure";
import { StagedBlock } from "./restore-staged";

export type { RestoreOptions } from "./restore-block";
export { RestoreFailure } from "./restore-failure";

/** A block nothing will be applied from is checked on what the check needs, not on full rules. */
const appliesNothing = (name: TableName, options: RestoreOptions) =>
  options.test || (options.table !== undefined && options.table !== name);

/**
 * iptables-restore (nft): each `*table … COMMIT` block is staged and committed on its own, so a
 * failure leaves the blocks already committed in place and the failing block unapplied.
 */
export function restoreRuleset(ruleset: Ruleset, input: string, options: RestoreOptions, io: Output): void {
  let block: RestoreBlock | undefined;
  let line = 0;
  // Where the open block's first line starts, and its number: a CompactBlock that meets a command it
  // cannot carry out is read again from there as a StagedBlock, which does not print again the
  // warnings of the lines read before.
  let blockAt = 0;
  let blockLine = 0;
  let warnedThrough = 0;
  const stagedIo: Output = {
    out: io.out,
    warn: (text) => {
      if (line > warnedThrough) io.warn(text);
    },
  };
  // Line by line, without splitting the whole input up front (it may be a 50,000-rule file).
  for (let at = 0; at < input.length;) {
    const newline = input.indexOf("\n", at);
    const end = newline < 0 ? input.length : newline;
    const text = input.slice(at, end);
    at = end + 1;
    line++;
    if (text.trim() === "" || text.startsWith("#")) continue;
    try {
      if (!block) {
        if (!text.startsWith("*")) throw new RestoreFailure(1, `${PROG}: line ${line} failed\n`);
        const name = text.slice(1).trim();
        if (!isTableName(name)) throw parameterProblem(`${PROG}: line ${line} table name '${name}' invalid`);
        block = appliesNothing(name, options)
          ? new CompactBlock(ruleset[name], options, io.warn)
          : new StagedBlock(ruleset, name, options, stagedIo);
        [blockAt, blockLine] = [at, line];
      } else if (text.trim() === "COMMIT") {
        block.commit();
        block = undefined;
      } else if (text.startsWith(":")) block.chainLine(text);
      else if (!block.ruleLine(text, line)) {
        warnedThrough = line;
        block = new StagedBlock(ruleset, block.name, options, stagedIo);
        [at, line] = [blockAt, blockLine];
      }
    } catch (err) {
      if (err instanceof XtablesError) throw lineFailure(err, line);
      throw err;
    }
  }
  if (block) throw new RestoreFailure(1, `${PROG}: COMMIT expected at line ${line + 1}\n`);
}
