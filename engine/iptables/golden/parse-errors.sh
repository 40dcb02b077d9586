# Command-line parsing: the errors iptables 1.8.9 gives before it touches the kernel.
iptables
iptables -p tcp
iptables -V
iptables -A INPUT --bogus
iptables -A INPUT -p tcp --bogus 1
iptables -A INPUT --dport 80
iptables -A
iptables -A INPUT -i eth0 -o
iptables -A INPUT -j
iptables -I INPUT -1 -j ACCEPT
iptables -A INPUT extra
iptables -F INPUT extra
iptables -L -S
iptables -A INPUT -L
iptables -A INPUT -j ACCEPT -j DROP
iptables -A INPUT -p tcp -p udp
iptables -A INPUT -s 1.1.1.1 -s 2.2.2.2
iptables -A INPUT ! -j ACCEPT
iptables -A INPUT ! ! -s 1.1.1.1
iptables -A INPUT -s ! 1.1.1.1
iptables -A INPUT -j ACCEPT !
iptables -A INPUT ! -A INPUT
iptables -A INPUT -s 1.2.3.4 ! -m tcp
iptables -R INPUT -j ACCEPT
iptables -A INPUT -j ""
iptables -A INPUT -j aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
iptables -A INPUT -j "a b"
iptables -N x
iptables -A INPUT -g x -j x
iptables -A INPUT -s 10.0.0.0/33
iptables -A INPUT -s 10.0.0.0/-1
iptables -A INPUT -s 10.0.0.0/abc
iptables -A INPUT -s 300.1.1.1
iptables -A INPUT -d 1.2.3.4.5
iptables -A INPUT -s ""
iptables -A INPUT -s nosuchhost.invalid
iptables -A INPUT -s 1.1.1.1,2.2.2.2 ! -d 3.3.3.3
iptables -A INPUT -i veryveryverylong
iptables -A INPUT -p foo
iptables -A INPUT -p 256
iptables -A INPUT ! -p 0 -j ACCEPT
iptables -A INPUT -o eth0
iptables -A OUTPUT -i eth0
iptables -t nat -A PREROUTING -o eth0
iptables -t nat -A POSTROUTING -i eth0
iptables -L -s 1.2.3.4
iptables -F -p tcp
iptables -A INPUT --line-numbers
iptables -A INPUT -n
iptables -A INPUT -x
iptables -D INPUT 1 -p tcp
iptables -P INPUT DROP -s 1.2.3.4
iptables -N y -v
iptables -E INPUT
iptables -C INPUT 1
iptables -A INPUT -m nosuchmatch
iptables -A INPUT ! --protocol tcp
iptables -A INPUT --proto tcp --dp 80
iptables -A INPUT --src 1.2.3.4 --dst 5.6.7.8 --jump ACCEPT
iptables --append INPUT --in-interface lo --fragment
iptables -t nat -t filter -A INPUT -s 7.7.7.7
iptables -nvL INPUT
iptables -vnL INPUT --line-numbers
iptables --list INPUT --numeric
iptables --list-rules INPUT
iptables -S INPUT -4
iptables -A INPUT -6
iptables -h
