import { maskLength, prefixMask } from "../../iptables/address";
import { parameterProblem } from "../../iptables/errors";
import { hostAddress } from "../../iptables/hosts";
import type { AddrMask } from "../rule";
import { leadingNumber } from "../../iptables/numbers";

/** One dotted part as inet_aton(3) reads it: decimal, 0x hex or 0 octal. */
const PART = /^(?:0[xX][0-9a-fA-F]+|0[0-7]*|[1-9][0-9]*)$/;

/**
 * glibc's __inet_aton_exact, which getaddrinfo tries first: one to four parts, the last filling the
 * rest of the address ("10.1" is 10.0.0.1, "0x0a000001" is 10.0.0.1).
 */
function inetAtonExact(text: string): number | undefined {
  const parts = text.split(".");
  if (parts.length > 4 || !parts.every((p) => PART.test(p))) return undefined;
  const values = parts.map((p) => leadingNumber(p)!.value);
  const last = values.pop()!;
  if (values.some((v) => v > 255) || last >= 2 ** (8 * (4 - values.length))) return undefined;
  return values.reduce((addr, v, i) => addr + v * 2 ** (8 * (3 - i)), 0) + last;
}

/** getaddrinfo(3) for AF_INET: a numeric address or an /etc/hosts name; the playground has no DNS. */
function resolveHost(text: string): number {
  const addr = inetAtonExact(text) ?? hostAddress(text);
  if (addr === undefined) throw parameterProblem("getaddrinfo: Name or service not known\n");
  return addr;
}

/**
 * XTTYPE_HOSTMASK (xtopt_parse_hostmask): "host[/mask]". Unlike -s, the address keeps its host bits
 * ("10.1.2.3/8" stays so). The mask is a prefix length or a dotted mask; a dotted mask that is not
 * contiguous gives no prefix length, and 1.8.9's xtopt_parse_plenmask then leaves all 32 bits set.
 */
export function parseHostMask(ext: string, option: string, arg: string): AddrMask {
  const slash = arg.indexOf("/");
  const addr = resolveHost(slash < 0 ? arg : arg.slice(0, slash));
  if (slash < 0) return { addr, mask: 0xffffffff };
  const text = arg.slice(slash + 1);
  const num = leadingNumber(text);
  let len = num && num.rest === "" && num.value <= 32 ? num.value : undefined;
  if (len === undefined) {
    const dotted = inetAtonExact(text);
    if (dotted === undefined)
      throw parameterProblem(
        `${ext}: bad value for option "--${option}", neither a valid network mask nor valid CIDR (0-32).\n`,
      );
    len = maskLength(dotted) >= 0 ? maskLength(dotted) : 32;
  }
  return { addr, mask: prefixMask(len) };
}
