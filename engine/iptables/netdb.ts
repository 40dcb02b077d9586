import { PROTOCOLS, SERVICES } from "./netdb-data";

/** Every /etc/protocols name and alias, with the number of the first line that has it. */
const PROTOCOL_NUMBERS = new Map<string, number>();
for (const [name, num, aliases] of PROTOCOLS)
  for (const key of [name, ...aliases]) if (!PROTOCOL_NUMBERS.has(key)) PROTOCOL_NUMBERS.set(key, num);

/** getprotobyname(3): a name or alias from /etc/protocols, case-sensitive. */
export const protocolByName = (name: string): number | undefined => PROTOCOL_NUMBERS.get(name);

/** getprotobynumber(3): the first /etc/protocols name for a number. */
export function protocolName(num: number): string | undefined {
  return PROTOCOLS.find(([, n]) => n === num)?.[0];
}

/** getservbyname(3) for one protocol ("tcp", "udp", …), or for any when none is given (NULL). */
export function serviceByName(name: string, proto?: string): number | undefined {
  return SERVICES.find(
    ([n, , p, aliases]) => (proto === undefined || p === proto) && (n === name || aliases.includes(name)),
  )?.[1];
}

/** getservbyport(3): the first /etc/services name of a port for a protocol. */
export function serviceName(port: number, proto: string): string | undefined {
  return SERVICES.find(([, p, pr]) => p === port && pr === proto)?.[0];
}
