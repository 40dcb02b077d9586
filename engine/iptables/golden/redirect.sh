# REDIRECT target (libxt_NAT.c, revision 0): --to-ports port[-port], --random; nat PREROUTING and OUTPUT.
iptables -t nat -A PREROUTING -j REDIRECT
iptables -t nat -A PREROUTING -j REDIRECT --random
iptables -t nat -A PREROUTING -p tcp -j REDIRECT --to-ports 42
iptables -t nat -A PREROUTING -p tcp -j REDIRECT --to-ports 0
iptables -t nat -A PREROUTING -p tcp -j REDIRECT --to-ports 65535
iptables -t nat -A PREROUTING -p udp -j REDIRECT --to-ports 0-0
iptables -t nat -A PREROUTING -p udp -j REDIRECT --to-ports 512-512
iptables -t nat -A PREROUTING -p udp -j REDIRECT --to-ports 42-1234
iptables -t nat -A PREROUTING -p tcp -j REDIRECT --to-ports 42-1234 --random
iptables -t nat -A PREROUTING -p tcp -j REDIRECT --random --to-ports 43
iptables -t nat -A PREROUTING -p tcp -j REDIRECT --to-ports ssh
iptables -t nat -A PREROUTING -p tcp -j REDIRECT --to-ports ftp-data
iptables -t nat -A PREROUTING -p tcp -j REDIRECT --to-ports 0x1f90
iptables -t nat -A PREROUTING -p sctp -j REDIRECT --to-ports 100
iptables -t nat -A PREROUTING -p dccp -j REDIRECT --to-ports 101
iptables -t nat -A PREROUTING -p icmp -j REDIRECT --to-ports 102
iptables -t nat -A PREROUTING ! -p tcp -j REDIRECT --to-ports 103
iptables -t nat -A PREROUTING -i eth0 -p tcp --dport 80 -j REDIRECT --to-ports 3128
iptables -t nat -A PREROUTING -p tcp --dport 80 -j REDIRECT --to-ports http-alt
# abbreviations and --opt=value
iptables -t nat -A PREROUTING -p tcp -j REDIRECT --to-port 8080
iptables -t nat -A PREROUTING -p tcp -j REDIRECT --to 8081
iptables -t nat -A PREROUTING -p tcp -j REDIRECT --to-ports=8082 --rand
iptables -t nat -A OUTPUT -p tcp -d 5.6.7.8 --dport 80 -j REDIRECT --to-ports 3128
iptables -t nat -A OUTPUT -j REDIRECT
iptables -t nat -S
iptables -t nat -S PREROUTING
iptables -t nat -L -n -v
iptables -t nat -L
iptables -t nat -L -v -x
iptables -t nat -L OUTPUT -n --line-numbers
iptables -t nat -C PREROUTING -p tcp -j REDIRECT --to-ports 42
iptables -t nat -C PREROUTING -p tcp -j REDIRECT --to-ports 44
iptables -t nat -C PREROUTING -p udp -j REDIRECT --to-ports 512
iptables -t nat -C PREROUTING -p tcp -j REDIRECT --to-ports 42 --random
iptables -t nat -D PREROUTING -p udp -j REDIRECT --to-ports 512-512
iptables -t nat -D PREROUTING -j REDIRECT --random
iptables -t nat -S PREROUTING
# port errors
iptables -t nat -A PREROUTING -p tcp -j REDIRECT --to-ports 65536
iptables -t nat -A PREROUTING -p tcp -j REDIRECT --to-ports -1
iptables -t nat -A PREROUTING -p tcp -j REDIRECT --to-ports ftp-ssh
iptables -t nat -A PREROUTING -p tcp -j REDIRECT --to-ports 10-ssh
iptables -t nat -A PREROUTING -p tcp -j REDIRECT --to-ports 10:20
iptables -t nat -A PREROUTING -p tcp -j REDIRECT --to-ports 20-10
iptables -t nat -A PREROUTING -p tcp -j REDIRECT --to-ports 10x
iptables -t nat -A PREROUTING -p tcp -j REDIRECT --to-ports 10-20x
iptables -t nat -A PREROUTING -p tcp -j REDIRECT --to-ports 10-
iptables -t nat -A PREROUTING -p tcp -j REDIRECT --to-ports ""
# revision 0 cannot carry a shifted port range's base; a bad base is a parse error first
iptables -t nat -A PREROUTING -p tcp -j REDIRECT --to-ports 42-1234/567
iptables -t nat -A PREROUTING -p tcp -j REDIRECT --to-ports 42-1234/0
iptables -t nat -A PREROUTING -p tcp -j REDIRECT --to-ports 42-1234/567 --bogus
# ports need -p tcp/udp/sctp/dccp/icmp, and before the option
iptables -t nat -A PREROUTING -j REDIRECT --to-ports 42
iptables -t nat -A PREROUTING -p esp -j REDIRECT --to-ports 42
iptables -t nat -A PREROUTING -j REDIRECT --to-ports 42 -p tcp
# generic option errors
iptables -t nat -A PREROUTING -p tcp -j REDIRECT --to-ports 8080 --to-ports 8081
iptables -t nat -A PREROUTING -p tcp -j REDIRECT --to-ports 8080 --to 8081
iptables -t nat -A PREROUTING -p tcp -j REDIRECT ! --to-ports 8080
iptables -t nat -A PREROUTING -j REDIRECT ! --random
iptables -t nat -A PREROUTING -j REDIRECT --random --random
iptables -t nat -A PREROUTING -j REDIRECT --random-fully
iptables -t nat -A PREROUTING -j REDIRECT --persistent
iptables -t nat -A PREROUTING -p tcp -j REDIRECT --to-ports
# wrong hook, wrong table
iptables -t nat -A INPUT -p tcp -j REDIRECT
iptables -t nat -A POSTROUTING -p tcp -j REDIRECT
iptables -A INPUT -j REDIRECT
iptables -A OUTPUT -j REDIRECT
iptables -t mangle -A PREROUTING -p tcp -j REDIRECT
iptables -t raw -A PREROUTING -j REDIRECT
# user chains: checked against every hook that reaches them
iptables -t nat -N r
iptables -t nat -A r -p tcp -j REDIRECT --to-ports 3128
iptables -t nat -A OUTPUT -j r
iptables -t nat -A PREROUTING -j r
iptables -t nat -A INPUT -j r
iptables -t nat -A POSTROUTING -j r
iptables -t nat -N in
iptables -t nat -A INPUT -j in
iptables -t nat -A in -j REDIRECT
iptables -t nat -A in -j r
iptables -t nat -S
iptables -t nat -L r -n -v
