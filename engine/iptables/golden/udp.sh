# libxt_udp: --sport/--dport (xtopt port ranges, resolved through getaddrinfo), with and without -p udp.
iptables -A INPUT -p udp --dport 53
iptables -A INPUT -p udp --sport 67:68 --dport 67:68
iptables -A INPUT -p udp --source-port 1024: --destination-port :1023
iptables -A INPUT -p udp -m udp ! --sport 1 --dport 65535
iptables -A INPUT -p udp ! --dport 5353 ! --sport 5353
iptables -A INPUT -p udp --dport domain:ntp
iptables -A INPUT -p udp --dport ssh
iptables -A INPUT -p udp --dport http
iptables -A INPUT -p udp --sport bootps --dport mdns
iptables -A INPUT -p udp --sport 80:80
# 1.8.9 keeps a reversed range, and cuts big numbers to 16 bits (getaddrinfo's htons)
iptables -A INPUT -p udp --sport 4:3
iptables -A INPUT -p udp --sport 65536
iptables -A INPUT -p udp --dport 70000
iptables -A INPUT -p udp --dport 65537:3
iptables -A INPUT -p udp --dport 99999999999
iptables -A INPUT -p udp --dport 4294967296
iptables -A INPUT -p udp --dport 2147483647
iptables -A INPUT -p udp --dport 010
iptables -A INPUT -p udp --dport " 5"
iptables -A INPUT -p udp --dport +7
iptables -A INPUT -p udp --dport ""
iptables -A INPUT -p udp --dport :
iptables -A INPUT -p udp --dport 0:65535
iptables -A INPUT -p udp ! --dport 0:65535 --sport 5
iptables -A INPUT -p udp -m udp
iptables -A INPUT -m udp --dport 1 -p udp
iptables -A INPUT -m udp --dport 1 -p 17
iptables -A INPUT ! -p udp -m udp --dport 2
iptables -A OUTPUT -p udp -d 8.8.8.8 --dport 53 -j ACCEPT
iptables -A OUTPUT -p udp --sport 123 --dport 123 -j DROP
iptables -S
iptables -L -n -v
iptables -L
iptables -L -v -x
iptables -L OUTPUT --line-numbers
iptables -D INPUT -p udp --dport 53
iptables -C INPUT -p udp --dport 53
iptables -C INPUT -p udp --sport 67:68 --dport 67:68
iptables -S INPUT 1
# errors
iptables -A INPUT -p udp --dport -1
iptables -A INPUT -p udp --dport abc
iptables -A INPUT -p udp --dport 0x50
iptables -A INPUT -p udp --dport rtmp
iptables -A INPUT -p udp --dport MDNS
iptables -A INPUT -p udp --dport 1-2
iptables -A INPUT -p udp --dport 2147483648
iptables -A INPUT -p udp --dport 18446744073709551616
iptables -A INPUT -p udp --dport "5 "
iptables -A INPUT -p udp --dport 1:2:3
iptables -A INPUT -p udp --dport abc:1:2
iptables -A INPUT -p udp --dport 1:abc
iptables -A INPUT -p udp --dport 1::
iptables -A INPUT -p udp --sport 1 --sport 2
iptables -A INPUT -p udp --sport 1 --source-port 2
iptables -A INPUT -p udp --dport 1 ! --dport 2
iptables -A INPUT -p udp --dport
iptables -A INPUT -p udp --dports 1
iptables -A INPUT -m udp --dport 1
iptables -A INPUT -p tcp -m udp --dport 1
iptables -A INPUT -p icmp -m udp --sport 1
iptables -A INPUT -m udp
iptables -A INPUT -p tcp -m udp
iptables -A INPUT ! -p udp -m udp
iptables -A INPUT --dport 53
iptables -A INPUT -p udp --dport 53 --syn
iptables -S INPUT
