import { portText } from "../../iptables/ports";

/** A source or destination port range as tcp and udp keep it: [min, max], both inclusive. */
export type PortRange = [number, number];

export const ANY_PORT = (): PortRange => [0, 65535];

export const isAnyPort = ([lo, hi]: PortRange) => lo === 0 && hi === 65535;

/** " --dport 80" / " ! --sport 1:1023" as tcp_save and udp_save print it; nothing for the whole range. */
export function saveRange(name: string, [lo, hi]: PortRange, invert: boolean): string {
  if (isAnyPort([lo, hi])) return "";
  return `${invert ? " !" : ""} --${name} ${lo === hi ? lo : `${lo}:${hi}`}`;
}

/** " dpt:ssh" / " spts:!1024:65535" as print_ports does it: service names unless numeric. */
export function listRange(
  name: string,
  [lo, hi]: PortRange,
  invert: boolean,
  numeric: boolean,
  proto: string,
): string {
  if (isAnyPort([lo, hi]) && !invert) return "";
  const inv = invert ? "!" : "";
  if (lo === hi) return ` ${name}:${inv}${portText(lo, numeric, proto)}`;
  return ` ${name}s:${inv}${portText(lo, numeric, proto)}:${portText(hi, numeric, proto)}`;
}
