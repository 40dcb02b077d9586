import type { Extension } from "../netfilter/extension";
import { inverted, type Invertible, type Rule } from "../netfilter/rule";
import { formatAddrMask } from "./address";
import { protocolToName } from "./protocol";

const bang = (invert: boolean) => (invert ? " !" : "");

/** The options of an extension as -S prints them. */
export const saveOptions = (ext: { readonly module: Extension<unknown> }) => ext.module.save(ext);

/**
 * A rule as `iptables -S` and `iptables-save` print it after "-A CHAIN" (nft_ipv4_save_rule):
 * fixed fields in a fixed order, then matches as loaded, counters with -v, then the target.
 */
export function saveRule(rule: Rule, withCounters = false): string {
  const inv = (field: Invertible) => bang(inverted(rule, field));
  let out = "";
  if (rule.src.mask !== 0 || inverted(rule, "src")) out += `${inv("src")} -s ${formatAddrMask(rule.src)}`;
  if (rule.dst.mask !== 0 || inverted(rule, "dst")) out += `${inv("dst")} -d ${formatAddrMask(rule.dst)}`;
  if (rule.inIface) out += `${inv("in")} -i ${rule.inIface}`;
  if (rule.outIface) out += `${inv("out")} -o ${rule.outIface}`;
  if (rule.proto !== 0) out += `${inv("proto")} -p ${protocolToName(rule.proto) ?? rule.proto}`;
  if (rule.fragment) out += `${inv("frag")} -f`;
  for (const match of rule.matches) out += ` -m ${match.module.name}${saveOptions(match)}`;
  if (withCounters) out += ` -c ${rule.counters.packets} ${rule.counters.bytes}`;
  const { target } = rule;
  switch (target.kind) {
    case "none":
      break;
    case "verdict":
      out += ` -j ${target.verdict}`;
      break;
    case "jump":
      out += ` -j ${target.chain}`;
      break;
    case "goto":
      out += ` -g ${target.chain}`;
      break;
    case "extension":
      out += ` -j ${target.target.module.name}${saveOptions(target.target)}`;
      break;
  }
  return out;
}

/** Two rules are the same rule for -D, -C and -Z when they print the same (counters aside). */
export const sameRule = (a: Rule, b: Rule) => saveRule(a) === saveRule(b);
