import { parameterProblem } from "../../iptables/errors";
import { serviceByName } from "../../iptables/netdb";
import { leadingNumber } from "../../iptables/numbers";

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

/** xtables_strtoui with an end pointer: a number at the start of `text` within [min, 65535], and the rest. */
function leadingPort(text: string, min: number): { value: number; rest: string } | undefined {
  const num = leadingNumber(text);
  return num && num.value >= min && num.value <= MAX_PORT ? num : undefined;
}

/** A port number, or else a service name that has to be the whole text. */
function portOrService(text: string, min = 0): { value: number; rest: string } {
  const num = leadingPort(text, min);
  if (num) return num;
  const port = serviceByName(text);
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
  const last = leadingPort(maxText, 0);
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
