# libipt_icmp: --icmp-type by name (case-insensitive, abbreviated), number, type/code; "any".
iptables -A INPUT -p icmp --icmp-type echo-request -j ACCEPT
iptables -A INPUT -p icmp --icmp-type echo-reply
iptables -A INPUT -p icmp --icmp-type pong
iptables -A INPUT -p icmp --icmp-type ping
iptables -A INPUT -p icmp --icmp-type ECHO-REQ
iptables -A INPUT -p icmp --icmp-type Network-Unreachable
iptables -A INPUT -p icmp --icmp-type destination-unreachable
iptables -A INPUT -p icmp --icmp-type port-unreachable
iptables -A INPUT -p icmp --icmp-type frag
iptables -A INPUT -p icmp --icmp-type ttl-exceeded
iptables -A INPUT -p icmp --icmp-type ttl-zero-during-reassembly
iptables -A INPUT -p icmp --icmp-type TOS-host-redirect
iptables -A INPUT -p icmp --icmp-type host-precedence-violation
iptables -A INPUT -p icmp --icmp-type required-option-missing
iptables -A INPUT -p icmp --icmp-type address-mask-reply
iptables -A INPUT -p icmp --icmp-type timestamp-request
iptables -A INPUT -p icmp --icmp-type router-solicitation
iptables -A INPUT -p icmp --icmp-type source-quench
iptables -A INPUT -p icmp --icmp-type any
iptables -A INPUT -p icmp ! --icmp-type any
iptables -A INPUT -p icmp --icmp-type 8
iptables -A INPUT -p icmp ! --icmp-type 8
iptables -A INPUT -p icmp ! --icmp-type echo-request
iptables -A INPUT -p icmp --icmp-type 3/4
iptables -A INPUT -p icmp ! --icmp-type 3/3
iptables -A INPUT -p icmp --icmp-type 3/0
iptables -A INPUT -p icmp --icmp-type 3/8
iptables -A INPUT -p icmp ! --icmp-type 3/8
iptables -A INPUT -p icmp --icmp-type 3/4:5
iptables -A INPUT -p icmp --icmp-type 3/0:255
iptables -A INPUT -p icmp --icmp-type 5/1:1
iptables -A INPUT -p icmp --icmp-type 8/0
iptables -A INPUT -p icmp --icmp-type 200
iptables -A INPUT -p icmp --icmp-type 255
iptables -A INPUT -p icmp --icmp-type 255/0
iptables -A INPUT -p icmp --icmp-type 0x3/0x4
iptables -A INPUT -p icmp --icmp-type 010
iptables -A INPUT -p icmp --icmp-type " 11"
iptables -A INPUT -p icmp --icmp-type 7:7
iptables -A INPUT -p icmp --icmp-type 8 -m icmp --icmp-type 0
iptables -A INPUT -m icmp --icmp-type 0 -p 1
iptables -A OUTPUT -p icmp --icmp-type time-exceeded -d 10.0.0.0/8 -j DROP
iptables -S
iptables -L -n -v
iptables -L
iptables -L -v -x
iptables -L OUTPUT -n --line-numbers
iptables -D INPUT -p icmp --icmp-type 8 -j ACCEPT
iptables -C INPUT -p icmp --icmp-type pong
iptables -C INPUT -p icmp --icmp-type 3/3
iptables -S INPUT 3
# errors
iptables -A INPUT -p icmp --icmp-type echo
iptables -A INPUT -p icmp --icmp-type e
iptables -A INPUT -p icmp --icmp-type time
iptables -A INPUT -p icmp --icmp-type host
iptables -A INPUT -p icmp --icmp-type ""
iptables -A INPUT -p icmp --icmp-type bogus
iptables -A INPUT -p icmp --icmp-type anyx
iptables -A INPUT -p icmp --icmp-type 256
iptables -A INPUT -p icmp --icmp-type -1
iptables -A INPUT -p icmp --icmp-type 3/256
iptables -A INPUT -p icmp --icmp-type 3/x
iptables -A INPUT -p icmp --icmp-type 3/
iptables -A INPUT -p icmp --icmp-type /3
iptables -A INPUT -p icmp --icmp-type 3/4/5
iptables -A INPUT -p icmp --icmp-type 3/4:x
iptables -A INPUT -p icmp --icmp-type 3-4
iptables -A INPUT -p icmp --icmp-type "3 "
iptables -A INPUT -p icmp --icmp-type 08
iptables -A INPUT -p icmp --icmp-type 0x
iptables -A INPUT -p icmp --icmp-type 3:4
iptables -A INPUT -p icmp --icmp-type 3:4/x
iptables -A INPUT -p icmp --icmp-type 3:4/1
iptables -A INPUT -p icmp --icmp-type 8 --icmp-type 0
iptables -A INPUT -p icmp --icmp-type 8 ! --icmp-type 0
iptables -A INPUT -p icmp --icmp-type
iptables -A INPUT -p icmp -m icmp
iptables -A INPUT -m icmp
iptables -A INPUT -m icmp --icmp-type 8
iptables -A INPUT -p tcp -m icmp --icmp-type 8
iptables -A INPUT ! -p icmp -m icmp --icmp-type 8
iptables -A INPUT -p icmp --dport 8
iptables -A INPUT --icmp-type 8
iptables -S INPUT
