# libxt_tcp: ports, --syn/--tcp-flags, --tcp-option; an old-style parser with its own error words.
iptables -A INPUT -p tcp --dport 22 -j ACCEPT
iptables -A INPUT -p TCP --dport http
iptables -A INPUT -p tcp --sport 1024:65535 --dport 22
iptables -A INPUT -p tcp ! --sport 1024:65535 ! --dport 22
iptables -A INPUT -p tcp --source-port 1024: --destination-port :1023
iptables -A INPUT -p tcp --dport 80:80
iptables -A INPUT -p tcp --dport ssh:http
iptables -A INPUT -p tcp --dport 0x50
iptables -A INPUT -p tcp --dport 010
iptables -A INPUT -p tcp --dport " 5"
iptables -A INPUT -p tcp --dport +5
iptables -A INPUT -p tcp --sport 1 --dport 1
iptables -A INPUT -p tcp ! --sport 1 ! --dport 1
iptables -A INPUT -p tcp ! --sport 1 --dport 1
iptables -A INPUT -p tcp --syn
iptables -A INPUT -p tcp ! --syn
iptables -A INPUT -p tcp --tcp-flags ALL NONE
iptables -A INPUT -p tcp --tcp-flags SYN,ACK SYN
iptables -A INPUT -p tcp --tcp-flags syn,ack,fin fin
iptables -A INPUT -p tcp --tcp-flags URG,ACK,PSH,RST,SYN,FIN ACK,FIN
iptables -A INPUT -p tcp --tcp-flags SYN,,ACK ""
iptables -A INPUT -p tcp --tcp-flags SYN ACK
iptables -A INPUT -p tcp --tcp-flags ALL ALL
iptables -A INPUT -p tcp ! --tcp-flags FIN,SYN,RST,PSH,ACK,URG SYN
iptables -A INPUT -p tcp --tcp-flags NONE NONE
iptables -A INPUT -p tcp --tcp-option 2
iptables -A INPUT -p tcp ! --tcp-option 8
iptables -A INPUT -p tcp --tcp-option 0x10
iptables -A INPUT -p tcp ! --dport 0:65535 --tcp-option 5
iptables -A INPUT -p tcp ! --dport 0:65535 --sport 5
iptables -A INPUT -p tcp ! --dport : --tcp-flags SYN SYN
iptables -A INPUT -p tcp --dport :
iptables -A INPUT -p tcp -m tcp
iptables -A INPUT -m tcp --dport 1 -p tcp
iptables -A INPUT -m tcp --dport 1 -p 6
iptables -A INPUT ! -p tcp -m tcp --dport 1
iptables -A FORWARD -p tcp --dport 443 --syn -s 10.0.0.0/8 -j ACCEPT
iptables -A FORWARD -p tcp --tcp-flags SYN,RST SYN --sport 1:1023 --dport 1:1023 --tcp-option 2 -j DROP
iptables -S
iptables -L -n -v
iptables -L
iptables -L -v -x --line-numbers
iptables -L FORWARD 2
iptables -D INPUT -p tcp --dport 22 -j ACCEPT
iptables -C INPUT -p tcp --dport http
iptables -C INPUT -p tcp --syn
iptables -D INPUT -p tcp --tcp-flags FIN,SYN,RST,ACK SYN
iptables -S INPUT
# errors
iptables -A INPUT -p tcp --sport 65536
iptables -A INPUT -p tcp --dport 70000
iptables -A INPUT -p tcp --dport -1
iptables -A INPUT -p tcp --dport abc
iptables -A INPUT -p tcp --dport ""
iptables -A INPUT -p tcp --dport 1:2:3
iptables -A INPUT -p tcp --dport 1-2
iptables -A INPUT -p tcp --dport 80:70000
iptables -A INPUT -p tcp --sport 4:3
iptables -A INPUT -p tcp --dport domain
iptables -A INPUT -p tcp --dport bootps
iptables -A INPUT -p tcp --sport 1 --sport 2
iptables -A INPUT -p tcp --sport 1 ! --source-port 2
iptables -A INPUT -p tcp --dport 1 --destination-port 2
iptables -A INPUT -p tcp --tcp-flags SYN
iptables -A INPUT -p tcp --tcp-flags SYN -j ACCEPT
iptables -A INPUT -p tcp --tcp-flags SYN ! ACK
iptables -A INPUT -p tcp --tcp-flags BOGUS SYN
iptables -A INPUT -p tcp --tcp-flags SYN BOGUS
iptables -A INPUT -p tcp --syn --syn
iptables -A INPUT -p tcp --syn --tcp-flags SYN SYN
iptables -A INPUT -p tcp --tcp-flags SYN SYN --syn
iptables -A INPUT -p tcp --tcp-option 0
iptables -A INPUT -p tcp --tcp-option 256
iptables -A INPUT -p tcp --tcp-option abc
iptables -A INPUT -p tcp --tcp-option 8 --tcp-option 9
iptables -A INPUT -p tcp --syn=1
iptables -A INPUT -p tcp --dport
iptables -A INPUT -m tcp --dport 1
iptables -A INPUT -p udp -m tcp --dport 1
iptables -A INPUT -p udp -m tcp --syn
iptables -A INPUT -m tcp
iptables -A INPUT -p udp -m tcp
iptables -A INPUT ! -p tcp -m tcp
iptables -A INPUT -m tcp --tcp-option 5
iptables -A INPUT ! -p tcp -m tcp --tcp-option 5
iptables -A INPUT --dport 22
iptables -A INPUT -p tcp --icmp-type 8
iptables -S INPUT
