import { parameterProblem } from "../../iptables/errors";
import type { OptionSpec } from "../extension";

/** One entry of an xtopt option table: its id (a bit in the "given" mask) and the ids it excludes. */
export interface XtOption {
  readonly name: string;
  readonly id: number;
  readonly arg: OptionSpec["arg"];
  /** Bit mask of option ids that may not be given together with this one (xt_option_entry.excl). */
  readonly excl?: number;
}

export const bit = (id: number) => 1 << id;

/** The getopt view of an xtopt table. */
export const optionSpecs = (table: readonly XtOption[]): OptionSpec[] =>
  table.map(({ name, arg }) => ({ name, arg }));

export const optionId = (table: readonly XtOption[], name: string): number =>
  table.find((o) => o.name === name)!.id;

/**
 * xtables_options_fcheck's exclusion test: walks the table in its order and, for each option given,
 * the other ids from 0 up, so the pair named in the error depends on both orders, not on the command line.
 */
export function checkExclusions(ext: string, table: readonly XtOption[], given: number): void {
  for (const entry of table) {
    if (!(given & bit(entry.id))) continue;
    for (let id = 0; id < 32; id++) {
      const other = table.find((o) => o.id === id);
      if (!other || id === entry.id || !((entry.excl ?? 0) & bit(id)) || !(given & bit(id))) continue;
      throw parameterProblem(
        `${ext}: option "--${entry.name}" cannot be used together with "--${other.name}".\n`,
      );
    }
  }
}
