import { BACKEND, VERSION, type XtablesError } from "./errors";
import type { Verb } from "./rule-ops";

/** A failed restore, already worded as iptables-restore prints it. */
export class RestoreFailure {
  constructor(
    readonly status: number,
    readonly text: string,
  ) {}
}

export const PROG = "iptables-restore";
const TAG = `${PROG} ${VERSION} (${BACKEND}):`;
const TRY = `Try \`${PROG} -h' or '${PROG} --help' for more information.\n`;

/** An error from a line, in iptables-restore's words for its kind. */
export function lineFailure(err: XtablesError, line: number): RestoreFailure {
  switch (err.kind) {
    case "parameter":
      return new RestoreFailure(2, `${TAG} ${err.message}\nError occurred at line: ${line}\n${TRY}`);
    case "bare-parameter":
      return new RestoreFailure(2, `${err.message}\nError occurred at line: ${line}\n${TRY}`);
    case "resource":
      return new RestoreFailure(4, `${TAG} \nline ${line}:${err.message}\n`);
    default:
      return new RestoreFailure(1, `${PROG}: line ${line} failed: ${err.message}.\n`);
  }
}

/** The kernel refused the batch of a COMMIT: nft names the operation on `line` and its rule's chain. */
export const commitFailure = (line: number, verb: Verb, errno: string, chain: string | undefined) =>
  new RestoreFailure(4, `${TAG} \nline ${line}: ${verb} failed (${errno}): rule in chain ${chain}\n`);
