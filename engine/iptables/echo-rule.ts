import { inverted, type Invertible, type Rule } from "../netfilter/rule";
import { formatAddr, maskLength } from "./address";
import { protocolToName } from "./protocol";

function address(addr: number, mask: number): string {
  const len = maskLength(mask);
  return formatAddr(addr) + (len === 32 ? "" : `/${len >= 0 ? len : formatAddr(mask)}`);
}

/**
 * The line `iptables -v -A …` prints for each rule it is about to add, delete or check: the -L row
 * in its untabulated form (FMT_NOTABLE), numeric, with "opt", "in", "out" and "->" spelled out.
 */
export function echoRule(rule: Rule): string {
  const { target } = rule;
  const name =
    target.kind === "verdict"
      ? target.verdict
      : target.kind === "jump" || target.kind === "goto"
        ? target.chain
        : target.kind === "extension"
          ? (target.target.module.listName ?? target.target.module.name)
          : "";
  const iface = (n: string, inv: boolean) => (inv ? "!" : "") + (n || "*");
  const bang = (field: Invertible, otherwise: string) => (inverted(rule, field) ? "!" : otherwise);
  let out = `${name} ${bang("proto", " ")}${protocolToName(rule.proto) ?? rule.proto} `;
  out += `opt ${bang("frag", "-")}${rule.fragment ? "f" : "-"} `;
  out += `in ${iface(rule.inIface, inverted(rule, "in"))} out ${iface(rule.outIface, inverted(rule, "out"))} `;
  out += `${bang("src", " ")}${address(rule.src.addr, rule.src.mask)} `;
  out += `${bang("dst", " ")}-> ${address(rule.dst.addr, rule.dst.mask)}  `;
  if (target.kind === "goto") out += "[goto] ";
  for (const match of rule.matches) out += match.module.list(match, true);
  if (target.kind === "extension") out += target.target.module.list(target.target, true);
  return `${out}\n`;
}
