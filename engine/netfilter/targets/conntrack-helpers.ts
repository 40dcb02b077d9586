/**
 * The conntrack helpers a CT rule can attach (nf_conntrack_helper_try_module_get), by name and the
 * layer-4 protocols each registers for, as the kernel of the recorded machine ships them.
 */
const TCP = 6;
const UDP = 17;

const HELPERS: ReadonlyMap<string, readonly number[]> = new Map([
  ["ftp", [TCP]],
  ["irc", [TCP]],
  ["pptp", [TCP]],
  ["sane", [TCP]],
  ["Q.931", [TCP]],
  ["sip", [UDP, TCP]],
  ["tftp", [UDP]],
  ["amanda", [UDP]],
  ["netbios-ns", [UDP]],
  ["snmp", [UDP]],
  ["snmp_trap", [UDP]],
  ["RAS", [UDP]],
]);

/** Whether a helper of that exact (case-sensitive) name exists for the protocol. */
export const helperExists = (name: string, proto: number): boolean =>
  HELPERS.get(name)?.includes(proto) ?? false;
