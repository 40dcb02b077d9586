# libxt_mark revision 1: --mark value[/mask] in C notation, printed in hex; the mask only when not all ones.
iptables -A INPUT -m mark --mark 1
iptables -A INPUT -m mark --mark 0x1/0xff -j ACCEPT
iptables -A INPUT -m mark ! --mark 5 -j DROP
iptables -A INPUT -m mark --mark 10/0xffffffff
iptables -A INPUT -m mark --mark 0xfeedcafe/0xfeedcafe
iptables -A INPUT -m mark --mark 0x0
iptables -A INPUT -m mark --mark 4294967295
iptables -A INPUT -m mark --mark 0/0
iptables -A INPUT -m mark --mark 5/0
iptables -A INPUT -m mark --mark 0xff/0x0f
iptables -A INPUT -m mark ! --mark 0x1/0xff
iptables -A INPUT -m mark --mark 010
iptables -A INPUT -m mark --mark 0XAB/0XF0
iptables -A INPUT -m mark --mark " 7"
iptables -A INPUT -m mark --mark +7
iptables -A INPUT -m mark --mark 7/+0x10
iptables -A INPUT -m mark --mark 1 -m mark --mark 2
iptables -A INPUT -s 1.2.0.0/15 -m mark --mark 0x0/0xff0
iptables -A INPUT -p tcp --dport 22 -m mark --mark 0x1 -j ACCEPT
iptables -A INPUT -m mark --mark 0x1 -p tcp --dport 22 -j ACCEPT
iptables -S
iptables -L -n -v
iptables -L
iptables -L INPUT -v -x
iptables -C INPUT -m mark --mark 0x01/255 -j ACCEPT
iptables -D INPUT -m mark --mark 1/0xff -j ACCEPT
iptables -D INPUT -m mark --mark 1/0xff -j ACCEPT
iptables -D INPUT -m mark ! --mark 0x5/0xffffffff -j DROP
iptables -S INPUT
iptables -F
# Every table takes it.
iptables -t mangle -A PREROUTING -m mark --mark 0x2
iptables -t nat -A OUTPUT -m mark ! --mark 0x2/0x2
iptables -t raw -A PREROUTING -m mark --mark 0x3
iptables -t mangle -S PREROUTING
iptables -t nat -L OUTPUT
iptables -t raw -L PREROUTING -n -v
# Errors.
iptables -A INPUT -m mark
iptables -A INPUT -m mark -j ACCEPT
iptables -A INPUT -m mark --mark
iptables -A INPUT -m mark --mark bogus
iptables -A INPUT -m mark --mark 4294967296
iptables -A INPUT -m mark --mark 0x100000000
iptables -A INPUT -m mark --mark 1/4294967296
iptables -A INPUT -m mark --mark -1
iptables -A INPUT -m mark --mark 1/-1
iptables -A INPUT -m mark --mark ""
iptables -A INPUT -m mark --mark 7/
iptables -A INPUT -m mark --mark /7
iptables -A INPUT -m mark --mark 7/8/9
iptables -A INPUT -m mark --mark 7x
iptables -A INPUT -m mark --mark 7/8x
iptables -A INPUT -m mark --mark 0x
iptables -A INPUT -m mark --mark 08
iptables -A INPUT -m mark --mark "7 "
iptables -A INPUT -m mark --mark 1 --mark 2
iptables -A INPUT -m mark ! --mark 1 ! --mark 2
iptables -A INPUT -m mark ! --mark 1 --mark 2
iptables -A INPUT -m mark --set-mark 1
iptables -A INPUT --mark 1
iptables -S
