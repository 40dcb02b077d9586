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

/** XTTYPE_MARKMASK32 (xtopt_parse_markmask): "value[/mask]", the mask all ones when left out. */
export function parseMarkMask(ext: string, option: string, arg: string): { mark: number; mask: number } {
  const bad = () =>
    parameterProblem(`${ext}: bad integer value for option "--${option}", or out of range.\n`);
  const mark = leadingNumber(arg);
  if (!mark || mark.value > UINT32_MAX) throw bad();
  let mask = UINT32_MAX;
  let rest = mark.rest;
  if (rest.startsWith("/")) {
    const m = leadingNumber(rest.slice(1));
    if (!m || m.value > UINT32_MAX) throw bad();
    mask = m.value;
    rest = m.rest;
  }
  if (rest !== "") throw parameterProblem(`${ext}: trailing garbage after value for option "--${option}".\n`);
  return { mark: mark.value, mask };
}
