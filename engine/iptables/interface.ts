import { parameterProblem } from "./errors";

/** IFNAMSIZ less the terminating NUL. */
const IFNAME_MAX = 15;

/**
 * xtables_parse_interface: checks the length; "+" alone means any interface and is dropped.
 * Returns the name to store and a warning iptables prints for names the kernel would refuse.
 */
export function parseInterface(name: string): { name: string; warning?: string } {
  if (name.length > IFNAME_MAX)
    throw parameterProblem(`interface name \`${name}' must be shorter than IFNAMSIZ (${IFNAME_MAX})`);
  const warning = /[/ ]/.test(name)
    ? `Warning: weird character in interface \`${name}' ('/' and ' ' are not allowed by the kernel).\n`
    : undefined;
  return { name: name === "+" ? "" : name, ...(warning ? { warning } : {}) };
}
