/** iproute2's messages (ip, bridge), worded and numbered as iproute2 6.1 prints and exits with them. */

export class IpError extends Error {
  constructor(
    readonly text: string,
    readonly status: number,
  ) {
    super(text);
  }
}

const fail = (text: string, status: number) => new IpError(text, status);

/** `ip` alone (usage() in ip.c). */
const IP_USAGE = [
  "Usage: ip [ OPTIONS ] OBJECT { COMMAND | help }\n",
  "       ip [ -force ] -batch filename\n",
  "where  OBJECT := { address | addrlabel | amt | fou | help | ila | ioam | l2tp |\n",
  "                   link | macsec | maddress | monitor | mptcp | mroute | mrule |\n",
  "                   neighbor | neighbour | netconf | netns | nexthop | ntable |\n",
  "                   ntbl | route | rule | sr | tap | tcpmetrics |\n",
  "                   token | tunnel | tuntap | vrf | xfrm }\n",
  "       OPTIONS := { -V[ersion] | -s[tatistics] | -d[etails] | -r[esolve] |\n",
  "                    -h[uman-readable] | -iec | -j[son] | -p[retty] |\n",
  "                    -f[amily] { inet | inet6 | mpls | bridge | link } |\n",
  "                    -4 | -6 | -M | -B | -0 |\n",
  "                    -l[oops] { maximum-addr-flush-attempts } | -br[ief] |\n",
  "                    -o[neline] | -t[imestamp] | -ts[hort] | -b[atch] [filename] |\n",
  "                    -rc[vbuf] [size] | -n[etns] name | -N[umeric] | -a[ll] |\n",
  "                    -c[olor]}\n",
].join("");

export const ipErrors = {
  usage: () => fail(IP_USAGE, 255),
  /** An object of ip's that the playground does not model: said plainly, not in ip's words. */
  notModelled: (object: string) => fail(`netplay: "ip ${object}" is not supported by the playground\n`, 1),
  cannotFindDevice: (dev: string) => fail(`Cannot find device "${dev}"\n`, 1),
  deviceDoesNotExist: (dev: string) => fail(`Device "${dev}" does not exist.\n`, 1),
  /** The kernel refused with a bare errno. */
  rtnetlink: (errno: string, status = 2) => fail(`RTNETLINK answers: ${errno}\n`, status),
  /** The kernel refused with an extended-ack message. */
  kernel: (message: string) => fail(`Error: ${message}\n`, 2),
  garbage: (what: string, arg: string) =>
    fail(`Error: either "${what}" is duplicate, or "${arg}" is a garbage.\n`, 255),
  incomplete: () => fail('Command line is not complete. Try option "help"\n', 255),
  unknownObject: (object: string) => fail(`Object "${object}" is unknown, try "ip help".\n`, 1),
  unknownCommand: (command: string, object: string) =>
    fail(`Command "${command}" is unknown, try "ip ${object} help".\n`, 255),
  unknownOption: (option: string) => fail(`Option "${option}" is unknown, try "ip -help".\n`, 255),
  cannotOpenNetns: (name: string) =>
    fail(`Cannot open network namespace "${name}": No such file or directory\n`, 255),
  /** invarg(): a keyword's argument that does not parse. */
  invalidArgument: (arg: string, why: string) => fail(`Error: argument "${arg}" is wrong: ${why}\n`, 255),
  invalidPrefix: (arg: string) => fail(`Error: any valid prefix is expected rather than "${arg}".\n`, 1),
  invalidAddress: (arg: string) => fail(`Error: inet address is expected rather than "${arg}".\n`, 1),
  /** The wording and status differ by caller in iproute2 itself. */
  notEnoughInfo: (what: string, period: "." | "", status: number) =>
    fail(`Not enough information: "${what}" argument is required${period}\n`, status),
  vethUsage: () =>
    fail(
      "Usage: ip link <options> type veth [peer <options>]\nTo get <options> type 'ip link add help'\n",
      255,
    ),
  bridgeSlaveUsage: (option: string) => fail(`bridge_slave: unknown option "${option}"?\n`, 255),
  onOff: (name: string, value: string) =>
    fail(`Error: argument of "${name}" must be "on" or "off", not "${value}"\n`, 255),
  tableMissing: () => fail("Error: ipv4: FIB table does not exist.\nDump terminated\n", 2),
  noNetnsName: () => fail("No netns name specified\n", 1),
  noCommand: () => fail("No command specified\n", 1),
  netnsFile: (verb: "create" | "remove", name: string, errno: string) =>
    fail(`Cannot ${verb} namespace file "/run/netns/${name}": ${errno}\n`, 1),
  bridgeNoDevice: () => fail("Device is a required argument.\n", 255),
  bridgeUnknownObject: (object: string) => fail(`Object "${object}" is unknown, try "bridge help".\n`, 255),
  bridgeUnknownCommand: (command: string) =>
    fail(`Command "${command}" is unknown, try "bridge link help".\n`, 255),
  noDestination: () => fail("need at least a destination address\n", 1),
  execFailed: (command: string) => fail(`exec of "${command}" failed: No such file or directory\n`, 1),
  invalidLladdr: (arg: string) => fail(`"${arg}" is invalid lladdr.\n`, 1),
};
