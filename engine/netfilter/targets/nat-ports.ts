import { parameterProblem } from "../../iptables/errors";
import { SERVICES } from "../../iptables/netdb-data";

/** The ports a NAT target maps to (NF_NAT_RANGE_PROTO_SPECIFIED), host byte order. */
export interface NatPorts {
  readonly min: number;
  readonly max: number;
  /**
   * `min-max/base` (NF_NAT_RANGE_PROTO_OFFSET): the original port `base` maps to `min`, the ports
   * after it shifted alike. Targets with the old range struct keep the flag but not the value: 0.
   */
  readonly base?: number;
}

const MAX_PORT = 65535;

/**
 * xtables_strtoui with an end pointer: a number in C notation (strtoumax base 0) at the start of
 * `text`, within [min, max], and what follows it. Leading white space and "+" pass, "-" does not.
 */
function leadingNumber(text: string, min: number): { value: number; rest: string } | undefined {
  const m = /^[ \t\n\v\f\r]*\+?(?:0[xX]([0-9a-fA-F]+)|(0[0-7]*)|([1-9][0-9]*))/.exec(text);
  if (!m) return undefined;
  const [whole, hexDigits, octal, decimal] = m;
  const value =
    hexDigits !== undefined
      ? parseInt(hexDigits, 16)
      : octal !== undefined
        ? parseInt(octal, 8)
        : Number(decimal);
  if (value < min || value > MAX_PORT) return undefined;
  return { value, rest: text.slice(whole.length) };
}

/** getservbyname(name, NULL): the first /etc/services entry of that name for any protocol. */
function serviceAnyProtocol(name: string): number | undefined {
  return SERVICES.find(([n, , , aliases]) => n === name || aliases.includes(name))?.[1];
}

/** A port number, or else a service name that has to be the whole text. */
function portOrService(text: string, min = 0): { value: number; rest: string } {
  const num = leadingNumber(text, min);
  if (num) return num;
  const port = serviceAnyProtocol(text);
  if (port === undefined) throw parameterProblem(`Port \`${text}' not valid`);
  return { value: port, rest: "" };
}

/**
 * libxt_NAT's parse_ports: "port", "min-max" or "min-max/base". Service names are allowed for a single
 * port and for the base, not for the ends of a range; only -p tcp/udp/sctp/dccp/icmp have ports.
 */
export function parseNatPorts(text: string, portsAllowed: boolean): NatPorts {
  if (!portsAllowed) throw parameterProblem("Need TCP, UDP, SCTP or DCCP with port specification");
  const first = portOrService(text);
  if (first.rest === "") return { min: first.value, max: first.value };
  if (first.rest[0] === ":") throw parameterProblem("Invalid port:port syntax - use dash");
  if (first.rest[0] !== "-") throw parameterProblem(`Garbage after port value: \`${first.rest}'`);

  const maxText = first.rest.slice(1);
  const last = leadingNumber(maxText, 0);
  if (!last) throw parameterProblem(`Port \`${maxText}' not valid`);
  if (last.value < first.value) throw parameterProblem(`Port range \`${maxText}' funky`);
  const range = { min: first.value, max: last.value };
  if (last.rest === "") return range;
  if (last.rest[0] !== "/") throw parameterProblem(`Garbage after port range: \`${last.rest}'`);

  // iptables ignores anything after a numeric base ("/3000abc" is 3000).
  return { ...range, base: portOrService(last.rest.slice(1), 1).value };
}

/** ":min", ":min-max" or ":min-max/base", as sprint_range prints the port part. */
export function natPortsText(ports: NatPorts): string {
  let out = `:${ports.min}`;
  if (ports.max !== ports.min) out += `-${ports.max}`;
  if (ports.base !== undefined) out += `/${ports.base}`;
  return out;
}
