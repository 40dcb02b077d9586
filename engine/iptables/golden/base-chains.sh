# iptables-nft makes a built-in chain in the kernel only on its first rule, policy or flush:
# until then rule numbers find no chain.
iptables -N U1
iptables -R INPUT 1 -j ACCEPT
iptables -D INPUT 1
iptables -Z INPUT 1
iptables -F
iptables -Z
iptables -R INPUT 1 -j ACCEPT
iptables -A FORWARD -j ACCEPT
iptables -R INPUT 1 -j ACCEPT
iptables -I INPUT 2 -j ACCEPT
iptables -R INPUT 1 -j ACCEPT
iptables -A INPUT -j ACCEPT
iptables -R INPUT 3 -j ACCEPT
iptables -D INPUT 1
iptables -R INPUT 1 -j ACCEPT
iptables -D INPUT 1
iptables -Z INPUT 1
iptables -Z U1 2
iptables -A U1 -j ACCEPT
iptables -Z U1 2
iptables -R U1 2 -j ACCEPT
iptables -F OUTPUT
iptables -R OUTPUT 1 -j ACCEPT
iptables -t nat -P PREROUTING ACCEPT
iptables -t nat -R PREROUTING 1 -j ACCEPT
iptables -t nat -R POSTROUTING 1 -j ACCEPT
iptables -t mangle -F
iptables -t mangle -D INPUT 1
cat > forward-only.v4 <<'EOF2'
*raw
:PREROUTING ACCEPT [0:0]
COMMIT
EOF2
iptables-restore < forward-only.v4
iptables -t raw -R PREROUTING 1 -j ACCEPT
iptables -t raw -R OUTPUT 1 -j ACCEPT
iptables-save
iptables -t security -Z
iptables -t security -Z INPUT
iptables-save -c
iptables -t security -F INPUT
iptables-save
iptables -A INPUT -j ACCEPT
iptables -D INPUT 1
iptables -P FORWARD DROP
iptables -A OUTPUT -j ACCEPT
iptables -X
iptables -R INPUT 1 -j ACCEPT
iptables -R FORWARD 1 -j ACCEPT
iptables -R OUTPUT 2 -j ACCEPT
iptables -X FORWARD
iptables -P FORWARD ACCEPT
iptables -X FORWARD
iptables -R FORWARD 1 -j ACCEPT
iptables -X OUTPUT
iptables -N U
iptables -A U -j ACCEPT
iptables -A INPUT -j ACCEPT
iptables -D INPUT 1
iptables -X
iptables -R INPUT 1 -j ACCEPT
iptables -X INPUT
iptables -R INPUT 1 -j ACCEPT
iptables-save
