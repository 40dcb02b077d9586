import { parameterProblem } from "./errors";
import { isTargetName } from "./extensions";

const WHITESPACE = /\s/;

/** XT_EXTENSION_MAXNAMELEN: chain and target names are shorter than this. */
const MAX_NAME = 29;

/** parse_chain: what iptables accepts as a new chain name. */
export function checkChainName(name: string): void {
  if (name.length >= MAX_NAME)
    throw parameterProblem(`chain name \`${name}' too long (must be under ${MAX_NAME} chars)`);
  if (name.startsWith("-") || name.startsWith("!"))
    throw parameterProblem(`chain name not allowed to start with \`${name[0]}'`);
  if (isTargetName(name)) throw parameterProblem("chain name may not clash with target name");
  if (WHITESPACE.test(name)) throw parameterProblem(`Invalid chain name \`${name}'`);
}

/** parse_target: the name after -j or -g. */
export function checkTargetName(name: string): void {
  if (name.length < 1) throw parameterProblem("Invalid target name (too short)");
  if (name.length >= MAX_NAME)
    throw parameterProblem(`Invalid target name \`${name}' (${MAX_NAME - 1} chars max)`);
  if (WHITESPACE.test(name)) throw parameterProblem(`Invalid target name \`${name}'`);
}
