import type { TargetModule } from "../extension";
import { fireCt, initCt, type CtTarget } from "./ct";

/**
 * NOTRACK: iptables loads it as the kernel's CT target with --notrack and an alias flag, so -S
 * says "-j NOTRACK" while -L shows CT in the target column. No options; raw table only.
 */
export const notrack: TargetModule<CtTarget> = {
  kind: "target",
  name: "NOTRACK",
  listName: "CT",
  table: "raw",
  options: [],
  init: () => initCt(notrack, true),
  parse() {},
  save: () => "",
  list: () => " NOTRACK",
  fire: fireCt,
};
