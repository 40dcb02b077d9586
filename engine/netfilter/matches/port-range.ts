import { portText } from "../../iptables/ports";

/** A port range as parsed: [min, max], both inclusive. */
export type PortRange = [number, number];

export const isAnyPort = (min: number, max: number) => min === 0 && max === 65535;

/** " --dport 80" / " ! --sport 1:1023" as tcp_save and udp_save print it; nothing for the whole range. */
export function saveRange(name: string, min: number, max: number, invert: boolean): string {
  if (isAnyPort(min, max)) return "";
  return `${invert ? " !" : ""} --${name} ${min === max ? min : `${min}:${max}`}`;
}

/** " dpt:ssh" / " spts:!1024:65535" as print_ports does it: service names unless numeric. */
export function listRange(
  name: string,
  min: number,
  max: number,
  invert: boolean,
  numeric: boolean,
  proto: string,
): string {
  if (isAnyPort(min, max) && !invert) return "";
  const inv = invert ? "!" : "";
  if (min === max) return ` ${name}:${inv}${portText(min, numeric, proto)}`;
  return ` ${name}s:${inv}${portText(min, numeric, proto)}:${portText(max, numeric, proto)}`;
}
