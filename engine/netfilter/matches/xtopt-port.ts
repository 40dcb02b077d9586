import { parameterProblem } from "../../iptables/errors";
import { serviceByName } from "../../iptables/netdb";
import type { PortRange } from "./port-range";

/** The socket types glibc's getaddrinfo tries for a service name when no hint narrows it, in order. */
const SERVICE_PROTOCOLS = ["tcp", "udp", "dccp", "udplite", "sctp"] as const;

const ULONG_MAX = 2n ** 64n - 1n;

/**
 * xtables_getportbyname: getaddrinfo(NULL, text) as glibc answers it. A decimal number (strtoul's
 * leading blanks and sign allowed) is kept as a C int and cut to 16 bits by htons, so 65536 is port 0
 * and 70000 is 4464; a number that is negative as an int is looked up as a name and fails. Anything
 * else is a service name, of the first protocol that has it.
 */
export function portByName(text: string): number | undefined {
  const numeric = /^[ \t\n\v\f\r]*([+-]?)([0-9]+)$/.exec(text);
  if (numeric) {
    let value = BigInt(numeric[2]!);
    // strtoul: an overflow is ULONG_MAX whatever the sign; otherwise "-" negates modulo 2^64.
    if (value > ULONG_MAX) value = ULONG_MAX;
    else if (numeric[1] === "-") value = BigInt.asUintN(64, -value);
    const asInt = BigInt.asIntN(32, value);
    return asInt < 0n ? undefined : Number(asInt & 0xffffn);
  }
  for (const proto of SERVICE_PROTOCOLS) {
    const port = serviceByName(text, proto);
    if (port !== undefined) return port;
  }
  return undefined;
}

/**
 * xtopt_parse_mport (XTTYPE_PORTRC) as in iptables 1.8.9: "lo:hi" split at every ":", an empty side
 * keeps 0 or 65535, one port alone is both ends. 1.8.9 does not check min <= max, so "4:3" stays.
 */
export function parseXtoptPortRange(text: string, ext: string, option: string): PortRange {
  const range: PortRange = [0, 65535];
  let count = 0;
  for (const part of text.split(":")) {
    if (count === 2)
      throw parameterProblem(`${ext}: Too many components for option "--${option}" (max: 2)\n`);
    if (part !== "") {
      const port = portByName(part);
      if (port === undefined) throw parameterProblem(`Port "${part}" does not resolve to anything.\n`);
      range[count] = port;
    }
    count++;
  }
  if (count === 1) range[1] = range[0];
  return range;
}
