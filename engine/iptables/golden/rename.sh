# -E: the new name is checked before the old one; jumps follow the renamed chain.
iptables -N U1
iptables -N V1
iptables -A INPUT -j U1
iptables -A V1 -g U1
iptables -E X9 U1
iptables -E X9 W1
iptables -E X9 INPUT
iptables -E U1 INPUT
iptables -E U1 U1
iptables -E U1 V1
iptables -E U1 W1
iptables -S
iptables -L -n
iptables -t nat -E U1 W1
