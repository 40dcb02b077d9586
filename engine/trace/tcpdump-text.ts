/** What tcpdump 4.99.3 (Debian 12) prints on stderr: its banner, summary and refusals. */
export const tcpdumpText = {
  banner: (dev: string) =>
    "tcpdump: verbose output suppressed, use -v[v]... for full protocol decode\n" +
    `listening on ${dev}, link-type EN10MB (Ethernet), snapshot length 262144 bytes\n`,
  /** With -w nothing is decoded, so nothing is suppressed. */
  writeBanner: (dev: string) =>
    `tcpdump: listening on ${dev}, link-type EN10MB (Ethernet), snapshot length 262144 bytes\n`,
  summary: (count: number) =>
    `${count} packets captured\n${count} packets received by filter\n0 packets dropped by kernel\n`,
  noSuchDevice: (dev: string) => `tcpdump: ${dev}: No such device exists\n(No such device exists)\n`,
  notUp: (dev: string) => `tcpdump: ${dev}: That device is not up\n`,
  noDevice: "tcpdump: no suitable device found\n",
  badCount: (arg: string) => `tcpdump: invalid packet count ${arg}\n`,
  missingArgument: (option: string) => `tcpdump: option requires an argument -- '${option}'\n`,
  filter: (message: string) => `tcpdump: ${message}\n`,
  usage:
    "tcpdump version 4.99.3\n" +
    "libpcap version 1.10.3 (with TPACKET_V3)\n" +
    "OpenSSL 3.0.19 27 Jan 2026\n" +
    "Usage: tcpdump [-AbdDefhHIJKlLnNOpqStuUvxX#] [ -B size ] [ -c count ] [--count]\n" +
    "\t\t[ -C file_size ] [ -E algo:secret ] [ -F file ] [ -G seconds ]\n" +
    "\t\t[ -i interface ] [ --immediate-mode ] [ -j tstamptype ]\n" +
    "\t\t[ -M secret ] [ --number ] [ --print ] [ -Q in|out|inout ]\n" +
    "\t\t[ -r file ] [ -s snaplen ] [ -T type ] [ --version ]\n" +
    "\t\t[ -V file ] [ -w file ] [ -W filecount ] [ -y datalinktype ]\n" +
    "\t\t[ --time-stamp-precision precision ] [ --micro ] [ --nano ]\n" +
    "\t\t[ -z postrotate-command ] [ -Z user ] [ expression ]\n",
} as const;
