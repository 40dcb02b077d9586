import { formatIpv4 } from "../route/ipv4";
import type { PortBinding } from "./state";

/** Pieces of the iptables arguments Docker builds, in Docker's own spelling. */

export const cidr = (addr: number, len: number): string => `${formatIpv4(addr)}/${len}`;

/**
 * `-p tcp [-d HOSTIP] --dport HOSTPORT -j DNAT --to-destination CTR:PORT`; `any` is what the
 * version writes for a port published on every address (20.10's `0/0`, or nothing).
 */
export function dnatSpec(binding: PortBinding, ctr: number, any: string): string {
  const hostIp = binding.hostIp === "" ? any : binding.hostIp;
  return (
    `-p ${binding.proto}${hostIp ? ` -d ${hostIp}` : ""} --dport ${binding.hostPort} ` +
    `-j DNAT --to-destination ${formatIpv4(ctr)}:${binding.containerPort}`
  );
}

/** The container's side of a published port: `-p tcp -d CTR --dport PORT`. */
export const containerPortSpec = (binding: PortBinding, ctr: number): string =>
  `-p ${binding.proto} -d ${formatIpv4(ctr)} --dport ${binding.containerPort}`;
