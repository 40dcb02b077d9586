# DNAT target (libxt_NAT.c, revision 2): --to-destination [a[-b]][:port[-port[/base]]], --random,
# --persistent; nat PREROUTING and OUTPUT.
iptables -t nat -A PREROUTING -j DNAT --to-destination 1.1.1.1
iptables -t nat -A PREROUTING -i eth0 -d 5.6.7.8 -j DNAT --to-destination 1.1.1.1-1.1.1.10
iptables -t nat -A PREROUTING -j DNAT --to-destination 1.1.1.1-1.1.1.1
iptables -t nat -A PREROUTING -j DNAT --to-destination 1.1.1.9-1.1.1.1 --random
iptables -t nat -A PREROUTING -j DNAT --to-destination 1.1.1.1 --persistent
iptables -t nat -A PREROUTING -j DNAT --persistent --random --to-destination 1.1.1.1
iptables -t nat -A PREROUTING -p tcp -j DNAT --to-destination 1.1.1.1:1025-65535
iptables -t nat -A PREROUTING -p tcp -j DNAT --to-destination 1.1.1.1-1.1.1.10:1025-65535
iptables -t nat -A PREROUTING -p tcp --dport 80 -j DNAT --to-destination 10.0.0.2:8080
iptables -t nat -A PREROUTING -p tcp --dport http -j DNAT --to-destination 10.0.0.2:http
iptables -t nat -A PREROUTING -p tcp -j DNAT --to-destination 1.1.1.1:ssh
iptables -t nat -A PREROUTING -p tcp -j DNAT --to-destination 1.1.1.1:ftp-data
iptables -t nat -A PREROUTING -p udp -j DNAT --to-destination 1.1.1.1:010
iptables -t nat -A PREROUTING -p sctp -j DNAT --to-destination 1.1.1.1:0x50-0x60
iptables -t nat -A PREROUTING -p dccp -j DNAT --to-destination 1.1.1.1:80-80
iptables -t nat -A PREROUTING -p icmp -j DNAT --to-destination 1.1.1.1:7
iptables -t nat -A PREROUTING -p 132 -j DNAT --to-destination 1.1.1.1:9
iptables -t nat -A PREROUTING ! -p udp -j DNAT --to-destination 1.1.1.1:80
# revision 2 keeps the base of a shifted port range; a service name works for the base only
iptables -t nat -A PREROUTING -p tcp -j DNAT --to-destination 1.1.1.1:1000-2000/1000
iptables -t nat -A PREROUTING -p tcp -j DNAT --to-destination 1.1.1.1:1000-2000/3000
iptables -t nat -A PREROUTING -p tcp -j DNAT --to-destination 1.1.1.1:1000-2000/65535
iptables -t nat -A PREROUTING -p tcp -j DNAT --to-destination 1.1.1.1:10-20/ftp
iptables -t nat -A PREROUTING -p tcp -j DNAT --to-destination 1.1.1.1:10-20/30abc
iptables -t nat -A PREROUTING -p udp -j DNAT --to-destination :80-90/100
# no address: the port part alone
iptables -t nat -A PREROUTING -p tcp -j DNAT --to-destination :80
iptables -t nat -A PREROUTING -p tcp -j DNAT --to-destination ab:81
# abbreviations and --opt=value
iptables -t nat -A PREROUTING -p tcp --dport 80 -j DNAT --to 10.0.0.2
iptables -t nat -A PREROUTING -j DNAT --to-d 10.0.0.3 --rand
iptables -t nat -A PREROUTING -j DNAT --to-destination=10.0.0.4 --pers
iptables -t nat -A OUTPUT -p tcp -d 5.6.7.8 --dport 443 -j DNAT --to-destination 127.0.0.1:8443
iptables -t nat -S
iptables -t nat -S PREROUTING
iptables -t nat -L -n -v
iptables -t nat -L
iptables -t nat -L -v -x
iptables -t nat -L OUTPUT -n --line-numbers
iptables -t nat -C PREROUTING -p tcp -j DNAT --to-destination 1.1.1.1:1000-2000/3000
iptables -t nat -C PREROUTING -p tcp -j DNAT --to-destination 1.1.1.1:1000-2000/3001
iptables -t nat -C PREROUTING -p tcp -j DNAT --to-destination 1.1.1.1:1000-2000
iptables -t nat -C PREROUTING -j DNAT --to-destination 1.1.1.1 --random
iptables -t nat -D PREROUTING -p tcp -j DNAT --to-destination 1.1.1.1:10-20/21
iptables -t nat -D PREROUTING -j DNAT --to-destination 1.1.1.1-1.1.1.1
iptables -t nat -S PREROUTING
# missing or repeated options
iptables -t nat -A PREROUTING -j DNAT
iptables -t nat -A PREROUTING -j DNAT --persistent
iptables -t nat -A PREROUTING -j DNAT --to-destination 1.1.1.1 --to-destination 2.2.2.2
iptables -t nat -A PREROUTING -p tcp -j DNAT --to-destination 1.1.1.1-1.1.1.10:1025-65535 --to-destination 2.2.2.2-2.2.2.20:1025-65535
iptables -t nat -A PREROUTING -j DNAT --to-destination 1.1.1.1 --to 2.2.2.2
iptables -t nat -A PREROUTING -j DNAT --to-destination 1.1.1.1 --random --random
iptables -t nat -A PREROUTING -j DNAT ! --to-destination 1.1.1.1
iptables -t nat -A PREROUTING -j DNAT --to-destination 1.1.1.1 ! --persistent
iptables -t nat -A PREROUTING -j DNAT --to-destination
iptables -t nat -A PREROUTING -j DNAT --to-destination 1.1.1.1 --random-fully
iptables -t nat -A PREROUTING -j DNAT --to-source 1.1.1.1
iptables -t nat -A PREROUTING -j DNAT --to-ports 80
# ports need -p tcp/udp/sctp/dccp/icmp, and before the option
iptables -t nat -A PREROUTING -j DNAT --to-destination 1.1.1.1:1025-65535
iptables -t nat -A PREROUTING -j DNAT --to-destination :80
iptables -t nat -A PREROUTING -j DNAT --to-destination bogus:80
iptables -t nat -A PREROUTING -p gre -j DNAT --to-destination 1.1.1.1:80
iptables -t nat -A PREROUTING -p all -j DNAT --to-destination 1.1.1.1:80
iptables -t nat -A PREROUTING -j DNAT --to-destination 1.1.1.1:80 -p tcp
iptables -t nat -A PREROUTING -j DNAT --to-destination 1.1.1.1 -p tcp
# address errors
iptables -t nat -A PREROUTING -p tcp -j DNAT --to-destination bogus
iptables -t nat -A PREROUTING -p tcp -j DNAT --to-destination bogus:80
iptables -t nat -A PREROUTING -j DNAT --to-destination 1.1.1.1-1.1.1.2-1.1.1.3
iptables -t nat -A PREROUTING -j DNAT --to-destination 10.0.0.1/32
iptables -t nat -A PREROUTING -j DNAT --to-destination 192.168.001.1
iptables -t nat -A PREROUTING -j DNAT --to-destination 1.2.3
iptables -t nat -A PREROUTING -j DNAT --to-destination 1.2.3.4.
iptables -t nat -A PREROUTING -j DNAT --to-destination -
iptables -t nat -A PREROUTING -p tcp -j DNAT --to-destination [1.1.1.1]:80
iptables -t nat -A PREROUTING -p tcp -j DNAT --to-destination 1.1.1.1:80:
iptables -t nat -A PREROUTING -p tcp -j DNAT --to-destination -:80
# port errors
iptables -t nat -A PREROUTING -p tcp -j DNAT --to-destination 1.1.1.1:99999
iptables -t nat -A PREROUTING -p tcp -j DNAT --to-destination 1.1.1.1-1.1.1.10:1025-65536
iptables -t nat -A PREROUTING -p tcp -j DNAT --to-destination 1.1.1.1:echo-ssh
iptables -t nat -A PREROUTING -p tcp -j DNAT --to-destination 1.1.1.1:-1000
iptables -t nat -A PREROUTING -p tcp -j DNAT --to-destination 1.1.1.1:0x
iptables -t nat -A PREROUTING -p tcp -j DNAT --to-destination 1.1.1.1:1000/2000
iptables -t nat -A PREROUTING -p tcp -j DNAT --to-destination 1.1.1.1:1000:2000
iptables -t nat -A PREROUTING -p tcp -j DNAT --to-destination 1.1.1.1:2000-1000
iptables -t nat -A PREROUTING -p tcp -j DNAT --to-destination 1.1.1.1:2000-1000x
iptables -t nat -A PREROUTING -p tcp -j DNAT --to-destination 1.1.1.1:1000-ssh
iptables -t nat -A PREROUTING -p tcp -j DNAT --to-destination 1.1.1.1:1000-
iptables -t nat -A PREROUTING -p tcp -j DNAT --to-destination 1.1.1.1:80-90-100
iptables -t nat -A PREROUTING -p tcp -j DNAT --to-destination 1.1.1.1:1000-2000/0
iptables -t nat -A PREROUTING -p tcp -j DNAT --to-destination 1.1.1.1:1000-2000/65536
iptables -t nat -A PREROUTING -p tcp -j DNAT --to-destination 1.1.1.1:1000-2000/
iptables -t nat -A PREROUTING -p tcp -j DNAT --to-destination 1.1.1.1:1000-2000/bogus
# wrong hook, wrong table
iptables -t nat -A INPUT -j DNAT --to-destination 1.1.1.1
iptables -t nat -A POSTROUTING -j DNAT --to-destination 1.1.1.1
iptables -A INPUT -j DNAT --to-destination 1.1.1.1
iptables -A OUTPUT -j DNAT --to-destination 1.1.1.1
iptables -t raw -A OUTPUT -j DNAT --to-destination 1.1.1.1
iptables -t mangle -A PREROUTING -j DNAT --to-destination 1.1.1.1
# user chains: checked against every hook that reaches them
iptables -t nat -N d
iptables -t nat -A d -p tcp -j DNAT --to-destination 10.0.0.9:80
iptables -t nat -A PREROUTING -j d
iptables -t nat -A OUTPUT -j d
iptables -t nat -A POSTROUTING -j d
iptables -t nat -A INPUT -j d
iptables -t nat -N post
iptables -t nat -A POSTROUTING -j post
iptables -t nat -A post -j DNAT --to-destination 1.1.1.1
iptables -t nat -A post -j d
iptables -t nat -S
iptables -t nat -L d -n -v
