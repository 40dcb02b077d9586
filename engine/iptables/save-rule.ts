import type { Extension } from "../netfilter/extension";
import type { Rule } from "../netfilter/rule";
import { formatAddrMask } from "./address";
import { protocolToName } from "./protocol";

const bang = (invert: boolean) => (invert ? " !" : "");

/** The options of an extension as -S prints them. */
export const saveOptions = (ext: { module: Extension<unknown>; data: unknown }) => ext.module.save(ext.data);

/**
 * A rule as `iptables -S` and `iptables-save` print it after "-A CHAIN" (nft_ipv4_save_rule):
 * fixed fields in a fixed order, then matches as loaded, counters with -v, then the target.
 */
export function saveRule(rule: Rule, withCounters = false): string {
  const { ip } = rule;
  let out = "";
  if (ip.src.mask !== 0 || ip.invert.src) out += `${bang(ip.invert.src)} -s ${formatAddrMask(ip.src)}`;
  if (ip.dst.mask !== 0 || ip.invert.dst) out += `${bang(ip.invert.dst)} -d ${formatAddrMask(ip.dst)}`;
  if (ip.inIface) out += `${bang(ip.invert.in)} -i ${ip.inIface}`;
  if (ip.outIface) out += `${bang(ip.invert.out)} -o ${ip.outIface}`;
  if (ip.proto !== 0) out += `${bang(ip.invert.proto)} -p ${protocolToName(ip.proto) ?? ip.proto}`;
  if (ip.fragment) out += `${bang(ip.invert.frag)} -f`;
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
