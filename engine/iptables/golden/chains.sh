# User chains, references, goto, policies and the chain commands' errors (iptables 1.8.9, nf_tables).
iptables -S
iptables-save
iptables -N zeta
iptables -N Alpha
iptables -N middle
iptables -N BETA
iptables -A INPUT -j zeta
iptables -A INPUT -j Alpha
iptables -A FORWARD -j Alpha
iptables -A zeta -g middle
iptables -A Alpha -s 10.0.0.0/8 -j RETURN
iptables -P FORWARD DROP
iptables -S
iptables -S zeta
iptables -S INPUT 2
iptables -S INPUT 99
iptables -S INPUT -v
iptables -L
iptables -L -n
iptables -L zeta -n -v
iptables -L BETA
iptables -L NOSUCH
iptables -S NOSUCH
iptables -N zeta
iptables -N INPUT
iptables -N ACCEPT
iptables -N LOG
iptables -N -bad
iptables -N "has space"
iptables -N aaaaaaaaaaaaaaaaaaaaaaaaaaaaa
iptables -N aaaaaaaaaaaaaaaaaaaaaaaaaaaa
iptables -X aaaaaaaaaaaaaaaaaaaaaaaaaaaa
iptables -X Alpha
iptables -X middle
iptables -X INPUT
iptables -X NOSUCH
iptables -X
iptables -E NOSUCH NEWNAME
iptables -E zeta Alpha
iptables -E BETA GAMMA
iptables -E middle
iptables -S
iptables -P Alpha DROP
iptables -P NOSUCH DROP
iptables -P INPUT REJECT
iptables -P INPUT RETURN
iptables -P INPUT
iptables -t nat -P PREROUTING DROP
iptables -t nat -A POSTROUTING -j DROP
iptables -t bogus -L
iptables -t bogus -A INPUT -j ACCEPT
iptables -t nat -A FORWARD -j ACCEPT
iptables -t raw -A INPUT -j ACCEPT
iptables -F NOSUCH
iptables -Z NOSUCH
iptables -v -F
iptables -v -Z
iptables -v -X GAMMA
iptables -D INPUT 1
iptables -X zeta
iptables -F
iptables -X
iptables -S
iptables -t nat -S
iptables -t mangle -L -n
iptables -t raw -L -v
iptables -t security -S
iptables -t nat -N MYNAT
iptables-save
