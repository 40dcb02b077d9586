# libxt_iprange (revision 1): --src-range/--dst-range with dotted addresses only.
iptables -A INPUT -m iprange --src-range 10.0.0.1-10.0.0.10 -j ACCEPT
iptables -A INPUT -m iprange ! --src-range 10.0.0.1-10.0.0.10
iptables -A INPUT -m iprange --dst-range 192.168.1.100-192.168.1.200
iptables -A INPUT -m iprange ! --dst-range 1.1.1.1-1.1.1.10
iptables -A INPUT -m iprange --dst-range 10.0.0.1-10.0.0.10 ! --src-range 1.1.1.1-1.1.1.2
iptables -A INPUT -m iprange --src-range 1.1.1.1
iptables -A INPUT -m iprange --src-range 1.1.1.1-1.1.1.1
iptables -A INPUT -m iprange --src-range 1.1.1
iptables -A INPUT -m iprange --src-range 10-11
iptables -A INPUT -m iprange --src-range " 1.1.1.1"
iptables -A INPUT -m iprange --src-range 1.1.1.01-1.1.1.0x10
iptables -A INPUT -m iprange --src-range 0.0.0.0-255.255.255.255
iptables -A INPUT -m iprange --src-range 1.1.1.1-1.1.1.2 -m iprange --dst-range 2.2.2.2-2.2.2.3
iptables -A FORWARD -s 10.0.0.0/8 -m iprange --dst-range 172.16.0.1-172.16.0.9 -p tcp --dport 22 -j DROP
iptables -S
iptables -L -n -v
iptables -L
iptables -L -v -x
iptables -L FORWARD --line-numbers
iptables -D INPUT -m iprange --src-range 10.0.0.1-10.0.0.10 -j ACCEPT
iptables -C INPUT -m iprange --src-range 1.1.1.1-1.1.1.1
iptables -C INPUT -m iprange --src-range 1.1.1.2
iptables -S INPUT 1
# errors
iptables -A INPUT -m iprange
iptables -A INPUT -m iprange --src-range
iptables -A INPUT -m iprange --src-range ""
iptables -A INPUT -m iprange --src-range 1.1.1.1-
iptables -A INPUT -m iprange --src-range -1.1.1.1
iptables -A INPUT -m iprange --src-range 1.1.1.1-2.2.2.2-3.3.3.3
iptables -A INPUT -m iprange --src-range 1.1.1.256
iptables -A INPUT -m iprange --dst-range 1.1.1.1-1.1.1.256
iptables -A INPUT -m iprange --src-range 1.1.1.1.1
iptables -A INPUT -m iprange --src-range 1..1.1
iptables -A INPUT -m iprange --src-range 1.1.1.08
iptables -A INPUT -m iprange --src-range "1.1.1.1 "
iptables -A INPUT -m iprange --src-range foo
iptables -A INPUT -m iprange --src-range localhost
iptables -A INPUT -m iprange --src-range 1.1.1.1/24
iptables -A INPUT -m iprange --src-range 0x01010101
iptables -A INPUT -m iprange --src-range 10.0.0.1-10.0.0.5 --src-range 10.0.0.2-10.0.0.3
iptables -A INPUT -m iprange --src-range 10.0.0.1-10.0.0.5 ! --src-range 10.0.0.2-10.0.0.3
iptables -A INPUT -m iprange --dst-range 10.0.0.1 --dst-range 10.0.0.2
iptables -A INPUT --src-range 10.0.0.1
iptables -A INPUT -m iprange --src 10.0.0.1
iptables -S INPUT
