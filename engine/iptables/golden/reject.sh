# REJECT target (libipt_REJECT): every --reject-with type and alias, prefixes, case, -p tcp for tcp-reset,
# filter table only (INPUT/FORWARD/OUTPUT).
iptables -A INPUT -j REJECT
iptables -A INPUT -j REJECT --reject-with icmp-net-unreachable
iptables -A INPUT -j REJECT --reject-with icmp-host-unreachable
iptables -A INPUT -j REJECT --reject-with icmp-port-unreachable
iptables -A INPUT -j REJECT --reject-with icmp-proto-unreachable
iptables -A INPUT -j REJECT --reject-with icmp-net-prohibited
iptables -A INPUT -j REJECT --reject-with icmp-host-prohibited
iptables -A INPUT -j REJECT --reject-with icmp-admin-prohibited
iptables -A INPUT -p tcp -j REJECT --reject-with tcp-reset
iptables -A FORWARD -j REJECT --reject-with net-unreach
iptables -A FORWARD -j REJECT --reject-with host-unreach
iptables -A FORWARD -j REJECT --reject-with proto-unreach
iptables -A FORWARD -j REJECT --reject-with port-unreach
iptables -A FORWARD -j REJECT --reject-with net-prohib
iptables -A FORWARD -j REJECT --reject-with host-prohib
iptables -A FORWARD -j REJECT --reject-with admin-prohib
iptables -A FORWARD -p tcp -j REJECT --reject-with tcp-rst
# names are matched as case-insensitive prefixes of a name or alias, first in table order wins
iptables -A OUTPUT -j REJECT --reject-with icmp
iptables -A OUTPUT -j REJECT --reject-with ""
iptables -A OUTPUT -j REJECT --reject-with net-p
iptables -A OUTPUT -j REJECT --reject-with HOST
iptables -A OUTPUT -j REJECT --reject-with Admin
iptables -A OUTPUT -p tcp -j REJECT --reject-with tcp
iptables -A OUTPUT -p tcp -j REJECT --reject-with TCP-RST
iptables -A OUTPUT -j REJECT --reject-with icmp-port-unreachablex
iptables -A OUTPUT -j REJECT --reject-with foo
# abbreviated option and --opt=value
iptables -A OUTPUT -j REJECT --reject icmp-host-prohibited
iptables -A OUTPUT -j REJECT --reject-with=port
iptables -A OUTPUT -s 10.0.0.0/8 -p tcp --dport 53 -j REJECT
iptables -A OUTPUT ! -d 192.168.0.0/16 -p tcp ! --dport 80 -j REJECT --reject-with tcp-reset
iptables -S
iptables -S OUTPUT
iptables -L -n -v
iptables -L
iptables -L -v -x
iptables -L OUTPUT -n --line-numbers
iptables -C INPUT -j REJECT
iptables -C INPUT -j REJECT --reject-with icmp-port-unreachable
iptables -C INPUT -j REJECT --reject-with port
iptables -C INPUT -j REJECT --reject-with icmp-admin-prohibited
iptables -D INPUT -j REJECT --reject-with net-unreach
iptables -D INPUT -j REJECT --reject-with net-unreach
iptables -S INPUT
# the kernel wants a TCP-only rule for tcp-reset
iptables -A INPUT -j REJECT --reject-with tcp-reset
iptables -A INPUT ! -p tcp -j REJECT --reject-with tcp-reset
iptables -A INPUT -p udp -j REJECT --reject-with tcp-rst
iptables -I INPUT -p all -j REJECT --reject-with tcp-reset
iptables -R INPUT 1 -p icmp -j REJECT --reject-with tcp-reset
iptables -R INPUT 1 -p tcp -j REJECT --reject-with tcp-reset
iptables -A INPUT -p 6 -j REJECT --reject-with tcp-reset
iptables -S INPUT
# filter table only
iptables -t mangle -A INPUT -j REJECT
iptables -t mangle -A FORWARD -j REJECT
iptables -t raw -A PREROUTING -j REJECT
iptables -t nat -A OUTPUT -j REJECT
iptables -t security -A INPUT -j REJECT
iptables -t mangle -N user
iptables -t mangle -A user -j REJECT
iptables -t mangle -S
# REJECT in a user chain of filter, jumped to from every filter hook
iptables -N rej
iptables -A rej -p tcp -j REJECT --reject-with tcp-reset
iptables -A rej -j REJECT --reject-with icmp-admin-prohibited
iptables -A INPUT -j rej
iptables -A FORWARD -j rej
iptables -A OUTPUT -j rej
iptables -S rej
iptables -L rej -n
# option errors
iptables -A INPUT -j REJECT --reject-with
iptables -A INPUT -j REJECT ! --reject-with tcp-reset
iptables -A INPUT -p tcp -j REJECT --reject-with tcp-reset --reject-with tcp-reset
iptables -A INPUT -j REJECT --reject-with tcp-reset --reject-with icmp-host-prohibited
iptables -A INPUT -j REJECT --bogus
iptables -A INPUT -j REJECT icmp-host-prohibited
iptables -A INPUT -p tcp --reject-with tcp-reset -j REJECT
