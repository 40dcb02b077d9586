# Rule commands, numbering, address expansion and the fixed-field normalisation of -S.
iptables -D INPUT 1
iptables -t raw -D PREROUTING 1
iptables -t raw -R PREROUTING 1 -j ACCEPT
iptables -t raw -Z PREROUTING 1
iptables -t raw -C PREROUTING -j ACCEPT
iptables -A INPUT -s 10.0.0.1
iptables -A INPUT -s 10.0.0.1/24 -j ACCEPT
iptables -A INPUT -s 10.0.0.0/255.255.255.0 -j DROP
iptables -A INPUT -s 10.0.0.0/255.0.255.0
iptables -A INPUT -s 0.0.0.0/0 -d 192.168.1.0/24
iptables -A INPUT -s 10.1
iptables -A INPUT -s 0x0a000001
iptables -A INPUT -d 192.168.1.0/24 -s 10.0.0.0/8
iptables -A INPUT -s 10.0.0.1,10.0.0.2/31 -j ACCEPT
iptables -A INPUT ! -s 10.0.0.1 ! -d 10.0.0.0/8
iptables -A INPUT -s localhost
iptables -A FORWARD -i eth0 -o eth1
iptables -A FORWARD -i eth+ ! -o eth1
iptables -A FORWARD -i +
iptables -A FORWARD -j ACCEPT -p tcp -d 5.6.7.8 -s 1.2.3.4 -o eth1 -i eth0
iptables -A FORWARD -f -p udp -o eth1 -i eth0 ! -d 1.2.3.4 -s 5.6.7.8
iptables -A FORWARD ! -p udp ! -f ! -i eth0 ! -o eth1 -j DROP
iptables -A FORWARD -p TCP
iptables -A FORWARD -p 47
iptables -A FORWARD -p 132
iptables -A FORWARD -p 255
iptables -A FORWARD -p all
iptables -A FORWARD -p 0 -j ACCEPT
iptables -A FORWARD -p icmp
iptables -A FORWARD -p 136 -i verylonginterf+
iptables -A FORWARD -s 255.255.255.255 -d 123.123.123.123
iptables -A FORWARD -s 10.0.0.0/255.0.255.0 ! -d 123.123.0.123/255.255.0.255
iptables -S
iptables -L -n -v
iptables -L -v
iptables -L -n --line-numbers
iptables -L INPUT 3 -n -v
iptables -L INPUT 3 -n -v --line-numbers
iptables -L INPUT 3
iptables -L INPUT 99
iptables -I INPUT -s 1.1.1.1,2.2.2.2 -d 3.3.3.3,4.4.4.4
iptables -I INPUT 2 -s 5.5.5.5,6.6.6.6
iptables -I INPUT 0 -j ACCEPT
iptables -I INPUT 99 -j ACCEPT
iptables -I INPUT 19 -j ACCEPT
iptables -S INPUT
iptables -R INPUT 1 -s 9.9.9.9 -j DROP
iptables -R INPUT 0 -j ACCEPT
iptables -R INPUT 99 -j ACCEPT
iptables -R INPUT 1 -s 1.1.1.1,2.2.2.2
iptables -R INPUT -j ACCEPT
iptables -D INPUT 0
iptables -D INPUT 99
iptables -D INPUT abc
iptables -D INPUT -s 5.5.5.5
iptables -D INPUT -s 5.5.5.5
iptables -C INPUT -s 6.6.6.6
iptables -C INPUT -s 6.6.6.6 -j ACCEPT
iptables -D INPUT 2
iptables -S INPUT
iptables -R INPUT 1
iptables -S INPUT 1
iptables -F INPUT
iptables -A INPUT -c 5 300 -s 1.2.3.4 -j ACCEPT
iptables -A INPUT -c 100500 999999999 -j DROP
iptables -A INPUT -c 18446744073709551615 9999500000
iptables -A INPUT -c 1
iptables -A INPUT -c a b
iptables -S INPUT -v
iptables -L INPUT -v
iptables -L INPUT -v -x
iptables -L INPUT -v -x -n --line-numbers
iptables-save -c
iptables -Z INPUT 2
iptables -L INPUT -n -v -Z
iptables -L INPUT -n -v
iptables -v -A FORWARD -i eth2 -o eth3 -s 10.0.0.1 -d 10.0.0.2 -p tcp -j ACCEPT
iptables -v -I FORWARD 1 -s 10.0.0.0/8 -j DROP
iptables -v -A INPUT -s 10.0.0.1,10.0.0.2 -j ACCEPT
iptables -v -D INPUT -s 10.0.0.1 -j ACCEPT
iptables -v -N foo
iptables -v -P FORWARD DROP
iptables -A INPUT -i "a b"
iptables -A foo -j foo
iptables -A INPUT -j foo
iptables -A foo -j foo
iptables -A foo -g foo
iptables -N bar
iptables -A foo -j bar
iptables -A bar -j foo
iptables -A INPUT -j NOSUCHTARGET
iptables -A INPUT -g NOSUCH
iptables -A INPUT -g ACCEPT
iptables -A INPUT -j nosuch
iptables -A NOSUCH -j NOSUCH2
iptables -A NOSUCH -j ACCEPT
iptables -I NOSUCH 1 -j ACCEPT
iptables -D NOSUCH 1
iptables -L -n
