# SNAT target (libxt_NAT.c, revision 0): --to-source [a[-b]][:port[-port]], --random, --random-fully,
# --persistent; nat POSTROUTING and INPUT.
iptables -t nat -A POSTROUTING -j SNAT --to-source 1.1.1.1
iptables -t nat -A POSTROUTING -s 10.0.0.0/24 -o eth0 -j SNAT --to-source 1.1.1.1-1.1.1.10
iptables -t nat -A POSTROUTING -j SNAT --to-source 1.2.3.10-1.2.3.4
iptables -t nat -A POSTROUTING -j SNAT --to-source 1.2.3.4-1.2.3.4
iptables -t nat -A POSTROUTING -j SNAT --to-source 255.255.255.255-0.0.0.0
iptables -t nat -A POSTROUTING -j SNAT --to-source 1.1.1.1 --random
iptables -t nat -A POSTROUTING -j SNAT --to-source 1.1.1.1 --random-fully
iptables -t nat -A POSTROUTING -j SNAT --to-source 1.1.1.1 --persistent
iptables -t nat -A POSTROUTING -j SNAT --persistent --random-fully --random --to-source 1.1.1.1
iptables -t nat -A POSTROUTING -p tcp -j SNAT --to-source 1.1.1.1:1025-65535
iptables -t nat -A POSTROUTING -p tcp -j SNAT --to-source 1.1.1.1-1.1.1.10:1025-65535
iptables -t nat -A POSTROUTING -p udp -j SNAT --to-source 1.2.3.4:0
iptables -t nat -A POSTROUTING -p udp -j SNAT --to-source 1.2.3.4:80-80
iptables -t nat -A POSTROUTING -p sctp -j SNAT --to-source 1.2.3.4:0x50-0120
iptables -t nat -A POSTROUTING -p dccp -j SNAT --to-source 1.2.3.4:+80
iptables -t nat -A POSTROUTING -p icmp -j SNAT --to-source 1.2.3.4:7
iptables -t nat -A POSTROUTING ! -p udp -j SNAT --to-source 1.2.3.4:7
iptables -t nat -A POSTROUTING -p tcp -j SNAT --to-source 1.2.3.4:ssh
iptables -t nat -A POSTROUTING -p tcp -j SNAT --to-source 1.2.3.4:tftp
iptables -t nat -A POSTROUTING -p tcp -j SNAT --to-source 1.2.3.4:http-alt --random
# no address: the port part alone
iptables -t nat -A POSTROUTING -p tcp -j SNAT --to-source :80
iptables -t nat -A POSTROUTING -p tcp -j SNAT --to-source :80-90
# a colon at offset 2 is taken for "[]:" and the two characters before it are ignored
iptables -t nat -A POSTROUTING -p tcp -j SNAT --to-source xy:81
# the old range struct keeps the offset flag but not its base: "/3000" comes back as "/0"
iptables -t nat -A POSTROUTING -p tcp -j SNAT --to-source 1.2.3.4:1000-2000/3000
# abbreviations and --opt=value
iptables -t nat -A POSTROUTING -j SNAT --to 1.2.3.5
iptables -t nat -A POSTROUTING -j SNAT --to-s 1.2.3.6 --pers
iptables -t nat -A POSTROUTING -j SNAT --to-source=1.2.3.7 --random-f
iptables -t nat -A INPUT -j SNAT --to-source 1.1.1.1
iptables -t nat -S
iptables -t nat -S POSTROUTING
iptables -t nat -L -n -v
iptables -t nat -L
iptables -t nat -L -v -x
iptables -t nat -L INPUT -n --line-numbers
iptables -t nat -C POSTROUTING -j SNAT --to-source 1.1.1.1
iptables -t nat -C POSTROUTING -j SNAT --to-source 1.1.1.2
iptables -t nat -C POSTROUTING -j SNAT --to-source 1.1.1.1 --random
iptables -t nat -C POSTROUTING -p tcp -j SNAT --to-source 1.2.3.4:1000-2000/5
iptables -t nat -D POSTROUTING -p tcp -j SNAT --to-source xy:81
iptables -t nat -D POSTROUTING -j SNAT --to-source 1.2.3.4-1.2.3.4
iptables -t nat -S POSTROUTING
# missing or repeated options
iptables -t nat -A POSTROUTING -j SNAT
iptables -t nat -A POSTROUTING -j SNAT --random
iptables -t nat -A POSTROUTING -j SNAT --to-source 1.1.1.1 --to-source 2.2.2.2
iptables -t nat -A POSTROUTING -j SNAT --to-source 1.1.1.1 --to 2.2.2.2
iptables -t nat -A POSTROUTING -p tcp -j SNAT --to-source 1.1.1.1-1.1.1.10:1025-65535 --to-source 2.2.2.2-2.2.2.20:1025-65535
iptables -t nat -A POSTROUTING -j SNAT --to-source 1.2.3.4 --persistent --persistent
iptables -t nat -A POSTROUTING -j SNAT ! --to-source 1.2.3.4
iptables -t nat -A POSTROUTING -j SNAT --to-source 1.2.3.4 ! --random-fully
iptables -t nat -A POSTROUTING -j SNAT --to-source
iptables -t nat -A POSTROUTING -j SNAT --to-destination 1.2.3.4
iptables -t nat -A POSTROUTING -j SNAT --to-ports 80
# ports need -p tcp/udp/sctp/dccp/icmp, and before the option
iptables -t nat -A POSTROUTING -j SNAT --to-source 1.1.1.1:1025-65535
iptables -t nat -A POSTROUTING -j SNAT --to-source 1.2.3.4:
iptables -t nat -A POSTROUTING -j SNAT --to-source :80
iptables -t nat -A POSTROUTING -j SNAT --to-source bogus:80
iptables -t nat -A POSTROUTING -p gre -j SNAT --to-source 1.2.3.4:80
iptables -t nat -A POSTROUTING -j SNAT --to-source 1.2.3.4:80 -p tcp
iptables -t nat -A POSTROUTING -j SNAT --to-source 1.2.3.4 -p tcp
# address errors
iptables -t nat -A POSTROUTING -j SNAT --to-source bogus
iptables -t nat -A POSTROUTING -j SNAT --to-source 1.2.3.4-bogus
iptables -t nat -A POSTROUTING -j SNAT --to-source 10.1
iptables -t nat -A POSTROUTING -j SNAT --to-source 01.2.3.4
iptables -t nat -A POSTROUTING -j SNAT --to-source 1.2.3.256
iptables -t nat -A POSTROUTING -j SNAT --to-source 1.2.3.4.5
iptables -t nat -A POSTROUTING -j SNAT --to-source 1.2.3.4/24
iptables -t nat -A POSTROUTING -j SNAT --to-source localhost
iptables -t nat -A POSTROUTING -j SNAT --to-source 0x01020304
iptables -t nat -A POSTROUTING -j SNAT --to-source -
iptables -t nat -A POSTROUTING -j SNAT --to-source 1.2.3.4-
iptables -t nat -A POSTROUTING -j SNAT --to-source -1.2.3.4
iptables -t nat -A POSTROUTING -j SNAT --to-source 1.1.1.1-1.1.1.2-1.1.1.3
iptables -t nat -A POSTROUTING -p tcp -j SNAT --to-source xyz:80
iptables -t nat -A POSTROUTING -p tcp -j SNAT --to-source [1.2.3.4]:80
iptables -t nat -A POSTROUTING -p tcp -j SNAT --to-source 1.2.3.4[
iptables -t nat -A POSTROUTING -p tcp -j SNAT --to-source 1.2.3.4:80:90
iptables -t nat -A POSTROUTING -p tcp -j SNAT --to-source 1.2.3.4-1.2.3.5:80-90:100
iptables -t nat -A POSTROUTING -p tcp -j SNAT --to-source ::80
iptables -t nat -A POSTROUTING -p tcp -j SNAT --to-source 1.2.3.4-:80
# port errors
iptables -t nat -A POSTROUTING -p tcp -j SNAT --to-source 1.2.3.4:
iptables -t nat -A POSTROUTING -p tcp -j SNAT --to-source :
iptables -t nat -A POSTROUTING -p tcp -j SNAT --to-source 1.1.1.1-1.1.1.10:1025-65536
iptables -t nat -A POSTROUTING -p tcp -j SNAT --to-source 1.2.3.4:99999999999999999999999
iptables -t nat -A POSTROUTING -p tcp -j SNAT --to-source 1.2.3.4:08
iptables -t nat -A POSTROUTING -p tcp -j SNAT --to-source 1.2.3.4:80-ssh
iptables -t nat -A POSTROUTING -p tcp -j SNAT --to-source 1.2.3.4:80-
iptables -t nat -A POSTROUTING -p tcp -j SNAT --to-source 1.2.3.4:90-80
iptables -t nat -A POSTROUTING -p tcp -j SNAT --to-source 1.2.3.4:80-90/0
iptables -t nat -A POSTROUTING -p tcp -j SNAT --to-source 1.2.3.4:80-90/-5
iptables -t nat -A POSTROUTING -p tcp -j SNAT --to-source 1.2.3.4:echo-ssh
# wrong hook, wrong table
iptables -t nat -A PREROUTING -j SNAT --to-source 1.1.1.1
iptables -t nat -A OUTPUT -j SNAT --to-source 1.1.1.1
iptables -A INPUT -j SNAT --to-source 1.1.1.1
iptables -A FORWARD -j SNAT --to-source 1.1.1.1
iptables -t mangle -A POSTROUTING -j SNAT --to-source 1.1.1.1
iptables -t mangle -A INPUT -j SNAT --to-source 1.1.1.1
# user chains: checked against every hook that reaches them
iptables -t nat -N n
iptables -t nat -A OUTPUT -j n
iptables -t nat -A n -j SNAT --to-source 1.1.1.1
iptables -t nat -N m
iptables -t nat -A m -j SNAT --to-source 1.1.1.1
iptables -t nat -A POSTROUTING -j m
iptables -t nat -A INPUT -j m
iptables -t nat -A PREROUTING -j m
iptables -t nat -A n -j m
iptables -t nat -R m 1 -j SNAT --to-source 2.2.2.2 --random
iptables -t nat -S
iptables -t nat -L m -n
