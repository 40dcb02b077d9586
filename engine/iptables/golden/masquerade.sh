# MASQUERADE target (libxt_NAT.c, revision 0): --to-ports, --random, --random-fully; nat POSTROUTING only.
iptables -t nat -A POSTROUTING -j MASQUERADE
iptables -t nat -A POSTROUTING -o eth0 -s 10.0.0.0/24 -j MASQUERADE
iptables -t nat -A POSTROUTING -j MASQUERADE --random
iptables -t nat -A POSTROUTING -j MASQUERADE --random-fully
iptables -t nat -A POSTROUTING -j MASQUERADE --random-fully --random
iptables -t nat -A POSTROUTING -p tcp -j MASQUERADE --to-ports 1024
iptables -t nat -A POSTROUTING -p udp -j MASQUERADE --to-ports 1024-65535
iptables -t nat -A POSTROUTING -p sctp -j MASQUERADE --to-ports 1024-1024
iptables -t nat -A POSTROUTING -p dccp -j MASQUERADE --to-ports 0x400-02000
iptables -t nat -A POSTROUTING -p icmp -j MASQUERADE --to-ports 7
iptables -t nat -A POSTROUTING ! -p tcp -j MASQUERADE --to-ports 1024
iptables -t nat -A POSTROUTING -p tcp -j MASQUERADE --to-ports ssh
iptables -t nat -A POSTROUTING -p tcp -j MASQUERADE --to-ports tftp
# the old range struct keeps the offset flag but not its base: "/10" comes back as "/0"
iptables -t nat -A POSTROUTING -p tcp -j MASQUERADE --to-ports 1024-2000/10
iptables -t nat -A POSTROUTING -p tcp -j MASQUERADE --to-ports 1024 --random --random-fully
# abbreviations and --opt=value
iptables -t nat -A POSTROUTING -p tcp -j MASQUERADE --to-port 80
iptables -t nat -A POSTROUTING -p tcp -j MASQUERADE --to 81
iptables -t nat -A POSTROUTING -p tcp -j MASQUERADE --to-ports=82
iptables -t nat -A POSTROUTING -j MASQUERADE --random-f
iptables -t nat -S
iptables -t nat -S POSTROUTING
iptables -t nat -L -n -v
iptables -t nat -L
iptables -t nat -L -v -x
iptables -t nat -L POSTROUTING -n --line-numbers
iptables -t nat -C POSTROUTING -p tcp -j MASQUERADE --to-ports 1024
iptables -t nat -C POSTROUTING -p tcp -j MASQUERADE --to-ports 1025
iptables -t nat -C POSTROUTING -p tcp -j MASQUERADE --to-ports 1024 --random
iptables -t nat -D POSTROUTING -p tcp -j MASQUERADE --to-ports 1024-2000/10
iptables -t nat -D POSTROUTING -j MASQUERADE --random
iptables -t nat -S POSTROUTING
# port errors
iptables -t nat -A POSTROUTING -p udp -j MASQUERADE --to-ports 1024-65536
iptables -t nat -A POSTROUTING -p udp -j MASQUERADE --to-ports -1
iptables -t nat -A POSTROUTING -p udp -j MASQUERADE --to-ports 65536
iptables -t nat -A POSTROUTING -p tcp -j MASQUERADE --to-ports 1024:2000
iptables -t nat -A POSTROUTING -p tcp -j MASQUERADE --to-ports 1024x
iptables -t nat -A POSTROUTING -p tcp -j MASQUERADE --to-ports 08
iptables -t nat -A POSTROUTING -p tcp -j MASQUERADE --to-ports 2000-1024
iptables -t nat -A POSTROUTING -p tcp -j MASQUERADE --to-ports 1024-2000x
iptables -t nat -A POSTROUTING -p tcp -j MASQUERADE --to-ports 1024-
iptables -t nat -A POSTROUTING -p tcp -j MASQUERADE --to-ports ssh-2000
iptables -t nat -A POSTROUTING -p tcp -j MASQUERADE --to-ports 1000-ssh
iptables -t nat -A POSTROUTING -p tcp -j MASQUERADE --to-ports 1000-2000/0
iptables -t nat -A POSTROUTING -p tcp -j MASQUERADE --to-ports bogus
iptables -t nat -A POSTROUTING -p tcp -j MASQUERADE --to-ports
# ports need -p tcp/udp/sctp/dccp/icmp, and before the option
iptables -t nat -A POSTROUTING -j MASQUERADE --to-ports 1024
iptables -t nat -A POSTROUTING -p gre -j MASQUERADE --to-ports 1024
iptables -t nat -A POSTROUTING -j MASQUERADE --to-ports 1024 -p tcp
# generic option errors
iptables -t nat -A POSTROUTING -p tcp -j MASQUERADE --to-ports 1024 --to-ports 2000
iptables -t nat -A POSTROUTING -j MASQUERADE ! --random
iptables -t nat -A POSTROUTING -p tcp -j MASQUERADE ! --to-ports 80
iptables -t nat -A POSTROUTING -j MASQUERADE --random --random
iptables -t nat -A POSTROUTING -j MASQUERADE --rand
iptables -t nat -A POSTROUTING -j MASQUERADE --persistent
iptables -t nat -A POSTROUTING -j MASQUERADE --to-source 1.2.3.4
# wrong hook, wrong table
iptables -t nat -A PREROUTING -j MASQUERADE
iptables -t nat -A INPUT -j MASQUERADE
iptables -t nat -A OUTPUT -j MASQUERADE
iptables -A INPUT -j MASQUERADE
iptables -A OUTPUT -j MASQUERADE
iptables -t mangle -A POSTROUTING -j MASQUERADE
iptables -t raw -A OUTPUT -j MASQUERADE
# user chains: checked against every hook that reaches them
iptables -t nat -N masq
iptables -t nat -A masq -j MASQUERADE
iptables -t nat -A PREROUTING -j masq
iptables -t nat -A OUTPUT -j masq
iptables -t nat -A POSTROUTING -j masq
iptables -t nat -N out
iptables -t nat -A OUTPUT -j out
iptables -t nat -A out -j MASQUERADE
iptables -t nat -A out -j masq
iptables -t nat -I out -p tcp -j MASQUERADE --to-ports 5000
iptables -t nat -S
iptables -t nat -L masq -n -v
