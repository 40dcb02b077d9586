import type { Rule } from "../netfilter/rule";
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
  const { ip, target } = rule;
  const name =
    target.kind === "verdict"
      ? target.verdict
      : target.kind === "jump" || target.kind === "goto"
        ? target.chain
        : target.kind === "extension"
          ? (target.target.module.listName ?? target.target.module.name)
          : "";
  const iface = (n: string, inv: boolean) => (inv ? "!" : "") + (n || "*");
  let out = `${name} ${ip.invert.proto ? "!" : " "}${protocolToName(ip.proto) ?? ip.proto} `;
  out += `opt ${ip.invert.frag ? "!" : "-"}${ip.fragment ? "f" : "-"} `;
  out += `in ${iface(ip.inIface, ip.invert.in)} out ${iface(ip.outIface, ip.invert.out)} `;
  out += `${ip.invert.src ? "!" : " "}${address(ip.src.addr, ip.src.mask)} `;
  out += `${ip.invert.dst ? "!" : " "}-> ${address(ip.dst.addr, ip.dst.mask)}  `;
  if (target.kind === "goto") out += "[goto] ";
  for (const match of rule.matches) out += match.module.list(match.data, true);
  if (target.kind === "extension") out += target.target.module.list(target.target.data, true);
  return `${out}\n`;
}
