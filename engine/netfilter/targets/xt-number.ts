import { parameterProblem } from "../../iptables/errors";
import { leadingNumber } from "../../iptables/numbers";

/** xtables_strtoul without an end pointer: the whole text is one number within [min, max]. */
export function wholeNumber(text: string, min: number, max: number): number | undefined {
  const num = leadingNumber(text);
  return num && num.rest === "" && num.value >= min && num.value <= max ? num.value : undefined;
}

export const UINT32_MAX = 0xffffffff;

/** XTTYPE_UINT8/16/32 (xtopt_parse_int), with the option's own bounds when it has them. */
export function parseUint(ext: string, option: string, arg: string, max = UINT32_MAX, min = 0): number {
  const value = wholeNumber(arg, min, max);
  if (value === undefined)
    throw parameterProblem(`${ext}: bad value for option "--${option}", or out of range (${min}-${max}).\n`);
  return value;
}
