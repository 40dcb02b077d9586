import { parameterProblem } from "../../iptables/errors";
import { leadingNumber } from "../../iptables/numbers";

/** An inclusive range [min, max]; 1.8.9 keeps a reversed one ("4:3") as typed. */
export type Range = readonly [min: number, max: number];

const UINT32_MAX = 0xffffffff;

/**
 * XTTYPE_UINT32RC (xtopt_parse_mint as 1.8.9 has it): "a", "a:b", ":b", "a:" or "" with C-notation
 * numbers; a missing first side is 0, a missing second side the type's maximum.
 */
export function parseUint32Range(ext: string, option: string, arg: string): Range {
  const values: number[] = [];
  for (let part = arg; ;) {
    if (values.length === 2)
      throw parameterProblem(`${ext}: Too many components for option "--${option}" (max: 2)\n`);
    let end = part;
    if (part === "" || part.startsWith(":")) {
      values.push(values.length === 1 ? UINT32_MAX : 0);
    } else {
      const num = leadingNumber(part);
      if (!num || num.value > UINT32_MAX)
        throw parameterProblem(
          `${ext}: bad value for option "--${option}" near "${part}", or out of range (0-${UINT32_MAX}).\n`,
        );
      if (num.rest !== "" && !num.rest.startsWith(":"))
        throw parameterProblem(
          `${ext}: Argument to "--${option}" has unexpected characters near "${num.rest}".\n`,
        );
      values.push(num.value);
      end = num.rest;
    }
    if (end === "") break;
    part = end.slice(1);
  }
  const [min = 0, max = min] = values;
  return [min, max];
}
