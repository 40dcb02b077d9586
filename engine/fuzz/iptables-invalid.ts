/**
 * Invalid iptables command lines and what iptables 1.8.9 (nf_tables) printed for each on stderr, with
 * its exit status: recorded from the real tool, each line run alone in a fresh network namespace.
 */
export const INVALID_IPTABLES: readonly { line: string; status: number; stderr: string }[] = [
  {
    line: "iptables",
    status: 2,
    stderr:
      "iptables v1.8.9 (nf_tables): no command specified\nTry `iptables -h' or 'iptables --help' for more information.\n",
  },
  {
    line: "iptables -A",
    status: 2,
    stderr:
      "iptables v1.8.9 (nf_tables): option \"-A\" requires an argument\nTry `iptables -h' or 'iptables --help' for more information.\n",
  },
  {
    line: "iptables -A NOSUCH -j ACCEPT",
    status: 1,
    stderr: "iptables: No chain/target/match by that name.\n",
  },
  {
    line: "iptables -t bogus -A INPUT -j ACCEPT",
    status: 3,
    stderr:
      "iptables v1.8.9 (nf_tables): table 'bogus' does not exist\nPerhaps iptables or your kernel needs to be upgraded.\n",
  },
  {
    line: "iptables -A INPUT -j NOSUCH",
    status: 2,
    stderr:
      "iptables v1.8.9 (nf_tables): Chain 'NOSUCH' does not exist\nTry `iptables -h' or 'iptables --help' for more information.\n",
  },
  {
    line: "iptables -A INPUT -p tcp --dport 70000 -j ACCEPT",
    status: 2,
    stderr:
      "iptables v1.8.9 (nf_tables): invalid port/service `70000' specified\nTry `iptables -h' or 'iptables --help' for more information.\n",
  },
  {
    line: "iptables -A INPUT -p tcp --dport http:ssh:1 -j ACCEPT",
    status: 2,
    stderr:
      "iptables v1.8.9 (nf_tables): invalid port/service `ssh:1' specified\nTry `iptables -h' or 'iptables --help' for more information.\n",
  },
  {
    line: "iptables -A INPUT --dport 80 -j ACCEPT",
    status: 2,
    stderr:
      "iptables v1.8.9 (nf_tables): unknown option \"--dport\"\nTry `iptables -h' or 'iptables --help' for more information.\n",
  },
  {
    line: "iptables -A INPUT -p bogus -j ACCEPT",
    status: 2,
    stderr:
      "iptables v1.8.9 (nf_tables): unknown protocol \"bogus\" specified\nTry `iptables -h' or 'iptables --help' for more information.\n",
  },
  {
    line: "iptables -A INPUT -s 300.1.1.1 -j ACCEPT",
    status: 2,
    stderr:
      "iptables v1.8.9 (nf_tables): host/network `300.1.1.1' not found\nTry `iptables -h' or 'iptables --help' for more information.\n",
  },
  {
    line: "iptables -A INPUT -s 10.0.0.0/33 -j ACCEPT",
    status: 2,
    stderr:
      "iptables v1.8.9 (nf_tables): invalid mask `33' specified\nTry `iptables -h' or 'iptables --help' for more information.\n",
  },
  {
    line: "iptables -A INPUT ! -s 1.1.1.1,2.2.2.2 -j ACCEPT",
    status: 2,
    stderr:
      "iptables v1.8.9 (nf_tables): ! not allowed with multiple source or destination IP addresses\nTry `iptables -h' or 'iptables --help' for more information.\n",
  },
  {
    line: "iptables -A INPUT -o eth0 -j ACCEPT",
    status: 2,
    stderr:
      "iptables v1.8.9 (nf_tables): Can't use -o with INPUT\n\nTry `iptables -h' or 'iptables --help' for more information.\n",
  },
  {
    line: "iptables -A OUTPUT -i eth0 -j ACCEPT",
    status: 2,
    stderr:
      "iptables v1.8.9 (nf_tables): Can't use -i with OUTPUT\n\nTry `iptables -h' or 'iptables --help' for more information.\n",
  },
  {
    line: "iptables -A INPUT -j MASQUERADE",
    status: 4,
    stderr: "iptables v1.8.9 (nf_tables):  RULE_APPEND failed (Invalid argument): rule in chain INPUT\n",
  },
  {
    line: "iptables -t nat -A PREROUTING -j SNAT --to-source 1.2.3.4",
    status: 4,
    stderr: "iptables v1.8.9 (nf_tables):  RULE_APPEND failed (Invalid argument): rule in chain PREROUTING\n",
  },
  {
    line: "iptables -t nat -A POSTROUTING -j DNAT --to-destination 1.2.3.4",
    status: 4,
    stderr:
      "iptables v1.8.9 (nf_tables):  RULE_APPEND failed (Invalid argument): rule in chain POSTROUTING\n",
  },
  {
    line: "iptables -A INPUT -j REJECT --reject-with bogus",
    status: 2,
    stderr:
      "iptables v1.8.9 (nf_tables): unknown reject type \"bogus\"\nTry `iptables -h' or 'iptables --help' for more information.\n",
  },
  {
    line: "iptables -A INPUT -j REJECT --reject-with tcp-reset",
    status: 4,
    stderr: "iptables v1.8.9 (nf_tables):  RULE_APPEND failed (Invalid argument): rule in chain INPUT\n",
  },
  {
    line: "iptables -A INPUT -m state --state BOGUS -j ACCEPT",
    status: 2,
    stderr:
      "iptables v1.8.9 (nf_tables): Bad state \"BOGUS\"\nTry `iptables -h' or 'iptables --help' for more information.\n",
  },
  {
    line: "iptables -A INPUT -m conntrack --ctstate BOGUS -j ACCEPT",
    status: 2,
    stderr:
      "iptables v1.8.9 (nf_tables): Bad ctstate \"BOGUS\"\nTry `iptables -h' or 'iptables --help' for more information.\n",
  },
  {
    line: "iptables -A INPUT -m conntrack -j ACCEPT",
    status: 2,
    stderr:
      "iptables v1.8.9 (nf_tables): conntrack: At least one option is required\nTry `iptables -h' or 'iptables --help' for more information.\n",
  },
  {
    line: "iptables -A INPUT -m nosuch -j ACCEPT",
    status: 2,
    stderr:
      "iptables v1.8.9 (nf_tables): Couldn't load match `nosuch':No such file or directory\n\nTry `iptables -h' or 'iptables --help' for more information.\n",
  },
  {
    line: "iptables -A INPUT -m mark --mark bogus -j ACCEPT",
    status: 2,
    stderr:
      "iptables v1.8.9 (nf_tables): mark: bad integer value for option \"--mark\", or out of range.\n\nTry `iptables -h' or 'iptables --help' for more information.\n",
  },
  {
    line: "iptables -A INPUT -p icmp --icmp-type bogus -j ACCEPT",
    status: 2,
    stderr:
      "iptables v1.8.9 (nf_tables): Unknown ICMP type `bogus'\nTry `iptables -h' or 'iptables --help' for more information.\n",
  },
  {
    line: "iptables -A INPUT -p tcp -m multiport --dports 1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16 -j ACCEPT",
    status: 2,
    stderr:
      "iptables v1.8.9 (nf_tables): too many ports specified\nTry `iptables -h' or 'iptables --help' for more information.\n",
  },
  {
    line: "iptables -A INPUT -m multiport --dports 80 -j ACCEPT",
    status: 2,
    stderr:
      "iptables v1.8.9 (nf_tables): multiport needs `-p tcp', `-p udp', `-p udplite', `-p sctp' or `-p dccp'\nTry `iptables -h' or 'iptables --help' for more information.\n",
  },
  {
    line: "iptables -A INPUT -m addrtype --src-type bogus -j ACCEPT",
    status: 2,
    stderr:
      "iptables v1.8.9 (nf_tables): addrtype: bad type \"bogus\"\nTry `iptables -h' or 'iptables --help' for more information.\n",
  },
  {
    line: "iptables -A INPUT -m statistic --mode random --probability 1.5 -j ACCEPT",
    status: 2,
    stderr:
      "iptables v1.8.9 (nf_tables): statistic: bad value for option \"--probability\", or out of range (0-1).\n\nTry `iptables -h' or 'iptables --help' for more information.\n",
  },
  {
    line: "iptables -A INPUT -m statistic --mode nth --every 3 --packet 3 -j ACCEPT",
    status: 2,
    stderr:
      "iptables v1.8.9 (nf_tables): the --packet p must be 0 <= p <= n-1\nTry `iptables -h' or 'iptables --help' for more information.\n",
  },
  {
    line: "iptables -A INPUT -j LOG --log-level bogus",
    status: 2,
    stderr:
      "iptables v1.8.9 (nf_tables): log level \"bogus\" unknown\n\nTry `iptables -h' or 'iptables --help' for more information.\n",
  },
  {
    line: "iptables -t mangle -A INPUT -j MARK",
    status: 2,
    stderr:
      "iptables v1.8.9 (nf_tables): MARK: One of the --set-xmark, --{and,or,xor,set}-mark options is required\nTry `iptables -h' or 'iptables --help' for more information.\n",
  },
  {
    line: "iptables -t raw -A PREROUTING -j CT --zone bogus",
    status: 2,
    stderr:
      "iptables v1.8.9 (nf_tables): Cannot parse bogus as a zone ID\nTry `iptables -h' or 'iptables --help' for more information.\n",
  },
  { line: "iptables -D INPUT 1", status: 1, stderr: "iptables: No chain/target/match by that name.\n" },
  {
    line: "iptables -D INPUT -j ACCEPT",
    status: 1,
    stderr: "iptables: Bad rule (does a matching rule exist in that chain?).\n",
  },
  {
    line: "iptables -R INPUT 1 -j ACCEPT",
    status: 1,
    stderr: "iptables: No chain/target/match by that name.\n",
  },
  { line: "iptables -I INPUT 5 -j ACCEPT", status: 1, stderr: "iptables: Index of insertion too big.\n" },
  { line: "iptables -N INPUT", status: 1, stderr: "iptables: Chain already exists.\n" },
  {
    line: "iptables -N aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
    status: 2,
    stderr:
      "iptables v1.8.9 (nf_tables): chain name `aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa' too long (must be under 29 chars)\nTry `iptables -h' or 'iptables --help' for more information.\n",
  },
  {
    line: "iptables -N -bad",
    status: 2,
    stderr:
      "iptables v1.8.9 (nf_tables): chain name not allowed to start with `-'\nTry `iptables -h' or 'iptables --help' for more information.\n",
  },
  { line: "iptables -X NOSUCH", status: 1, stderr: "iptables: No chain/target/match by that name.\n" },
  { line: "iptables -X INPUT", status: 1, stderr: "iptables: No chain/target/match by that name.\n" },
  { line: "iptables -E NOSUCH NEW", status: 1, stderr: "iptables: No chain/target/match by that name.\n" },
  {
    line: "iptables -P INPUT BOGUS",
    status: 1,
    stderr: "iptables: Bad policy name. Run `dmesg' for more information.\n",
  },
  { line: "iptables -P NOSUCH DROP", status: 1, stderr: "iptables: Bad built-in chain name.\n" },
  {
    line: "iptables -L NOSUCH",
    status: 1,
    stderr:
      "iptables v1.8.9 (nf_tables): chain `NOSUCH' in table `filter' is incompatible, use 'nft' tool.\n",
  },
  {
    line: "iptables -A INPUT -p tcp --tcp-flags SYN",
    status: 2,
    stderr:
      "iptables v1.8.9 (nf_tables): --tcp-flags requires two args.\nTry `iptables -h' or 'iptables --help' for more information.\n",
  },
  {
    line: "iptables -A INPUT -p tcp --syn --syn",
    status: 2,
    stderr:
      "iptables v1.8.9 (nf_tables): Only one of `--syn' or `--tcp-flags'  allowed\nTry `iptables -h' or 'iptables --help' for more information.\n",
  },
  {
    line: "iptables -A INPUT -j ACCEPT extra",
    status: 2,
    stderr: "Bad argument `extra'\nTry `iptables -h' or 'iptables --help' for more information.\n",
  },
  {
    line: "iptables -A INPUT -A OUTPUT",
    status: 2,
    stderr:
      "iptables v1.8.9 (nf_tables): Cannot use -A with -A\nTry `iptables -h' or 'iptables --help' for more information.\n",
  },
  {
    line: "iptables --bogus",
    status: 2,
    stderr:
      "iptables v1.8.9 (nf_tables): unknown option \"--bogus\"\nTry `iptables -h' or 'iptables --help' for more information.\n",
  },
  {
    line: "iptables -A INPUT -p tcp ! --dport 1 ! --dport 2",
    status: 2,
    stderr:
      "iptables v1.8.9 (nf_tables): Only one `--destination-port' allowed\nTry `iptables -h' or 'iptables --help' for more information.\n",
  },
  {
    line: "iptables -t nat -A POSTROUTING -j MASQUERADE --to-ports 70000",
    status: 2,
    stderr:
      "iptables v1.8.9 (nf_tables): Need TCP, UDP, SCTP or DCCP with port specification\nTry `iptables -h' or 'iptables --help' for more information.\n",
  },
  {
    line: "iptables -t nat -A OUTPUT -j REDIRECT --to-ports 1-2-3",
    status: 2,
    stderr:
      "iptables v1.8.9 (nf_tables): Need TCP, UDP, SCTP or DCCP with port specification\nTry `iptables -h' or 'iptables --help' for more information.\n",
  },
  {
    line: "iptables -A INPUT -s",
    status: 2,
    stderr:
      "iptables v1.8.9 (nf_tables): option \"-s\" requires an argument\nTry `iptables -h' or 'iptables --help' for more information.\n",
  },
  {
    line: "iptables -A INPUT -p udp --sport 1:2:3 -j ACCEPT",
    status: 2,
    stderr:
      "iptables v1.8.9 (nf_tables): udp: Too many components for option \"--source-port\" (max: 2)\n\nTry `iptables -h' or 'iptables --help' for more information.\n",
  },
];
