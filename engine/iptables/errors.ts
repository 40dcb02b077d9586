/**
 * iptables' exit statuses and the shapes its messages take (xtables `enum xtables_exittype`).
 * Messages are kept exactly as iptables 1.8.9 words them, trailing newlines included: iptables prints
 * the message and then one more "\n", so a message ending in "\n" leaves an empty line.
 */
export const VERSION = "v1.8.9";
export const BACKEND = "nf_tables";

export type ErrorKind =
  /** 1: the kernel (or nft) said no: `iptables: <Message>.` */
  | "other"
  /** 1 with the program tag and no final ".": nft's listing refusals. */
  | "tagged-other"
  /** 2: command line parsing: `iptables v1.8.9 (nf_tables): <msg>` + the "Try" line. */
  | "parameter"
  /** 2 without the program prefix (`Bad argument `x'`). */
  | "bare-parameter"
  /** 3: unknown table. */
  | "version"
  /** 4: an nft commit failed: `iptables v1.8.9 (nf_tables):  RULE_APPEND failed (…): …`. */
  | "resource";

const STATUS: Record<ErrorKind, number> = {
  other: 1,
  "tagged-other": 1,
  parameter: 2,
  "bare-parameter": 2,
  version: 3,
  resource: 4,
};

export class XtablesError extends Error {
  constructor(
    readonly kind: ErrorKind,
    message: string,
  ) {
    super(message);
  }
  get status(): number {
    return STATUS[this.kind];
  }
}

export const parameterProblem = (msg: string) => new XtablesError("parameter", msg);
export const badArgument = (arg: string) => new XtablesError("bare-parameter", `Bad argument \`${arg}'`);
/** exit_tryhelp(2): only the "Try" line. */
export const tryHelpOnly = () => new XtablesError("bare-parameter", "");
/** The kernel/nft refusals, worded by nft_strerror(); the final "." is added when printed. */
export const otherProblem = (msg: string) => new XtablesError("other", msg);
export const noSuchChain = () => otherProblem("No chain/target/match by that name");
export const badRule = () => otherProblem("Bad rule (does a matching rule exist in that chain?)");
export const unknownTable = (table: string) => new XtablesError("version", `table '${table}' does not exist`);
/** An nft batch that the kernel refused (EINVAL for a target in the wrong table or hook, EBUSY for -X). */
export const commitFailed = (op: string, errno: string, what: string) =>
  new XtablesError("resource", ` ${op} failed (${errno}): ${what}`);

/** -L/-S of a chain that does not exist: iptables-nft 1.8.9 blames nft, with exit 1. */
export const incompatibleChain = (chain: string, table: string) =>
  new XtablesError("tagged-other", `chain \`${chain}' in table \`${table}' is incompatible, use 'nft' tool.`);

/** Renders an error as the program named `prog` (iptables, iptables-save, …) prints it on stderr. */
export function formatError(err: XtablesError, prog: string): string {
  const tag = `${prog} ${VERSION} (${BACKEND}):`;
  const tryHelp = `Try \`${prog} -h' or '${prog} --help' for more information.\n`;
  switch (err.kind) {
    case "other":
      return `${prog}: ${err.message}.\n`;
    case "parameter":
      return `${tag} ${err.message}\n${tryHelp}`;
    case "bare-parameter":
      return err.message ? `${err.message}\n${tryHelp}` : tryHelp;
    case "tagged-other":
      return `${tag} ${err.message}\n`;
    case "version":
      return `${tag} ${err.message}\nPerhaps ${prog} or your kernel needs to be upgraded.\n`;
    case "resource":
      return `${tag} ${err.message}\n`;
  }
}
