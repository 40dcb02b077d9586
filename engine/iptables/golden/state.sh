# libxt_state (conntrack revision 3 under the name "state"): --state, `!`, normalisation, listing, errors.
iptables -A INPUT -m state --state ESTABLISHED,RELATED -j ACCEPT
iptables -A INPUT -m state ! --state NEW -j DROP
iptables -A INPUT -m state --state INVALID
iptables -A INPUT -m state --state NEW,RELATED
iptables -A INPUT -m state --state UNTRACKED
iptables -A INPUT -m state --state untracked,established,related,new,invalid
iptables -A INPUT -m state --state inv,n,e,r,u
iptables -A INPUT -m state --state Established,ESTABLISHED
# With -p, other matches, and a conntrack match next to it.
iptables -A INPUT -p tcp --dport 22 -m state --state NEW -j ACCEPT
iptables -A INPUT -m state --state NEW -p tcp --dport 22 -j ACCEPT
iptables -A INPUT -m state --state NEW -m conntrack --ctstate NEW
iptables -A INPUT -m state --state NEW -m state --state INVALID
iptables -S
iptables -L -n -v
iptables -L
iptables -L INPUT -v -x
iptables -L INPUT -n --line-numbers
# -C and -D find the rule by its normalised state list; state and conntrack are different matches.
iptables -C INPUT -m state --state RELATED,ESTABLISHED -j ACCEPT
iptables -C INPUT -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT
iptables -D INPUT -m state --state related,established -j ACCEPT
iptables -D INPUT -m state --state RELATED,ESTABLISHED -j ACCEPT
iptables -S INPUT
iptables -F
# Every table takes it.
iptables -t raw -A OUTPUT -m state --state UNTRACKED
iptables -t mangle -A PREROUTING -m state ! --state INVALID
iptables -t nat -A POSTROUTING -m state --state NEW
iptables -t raw -S OUTPUT
iptables -t mangle -L PREROUTING
iptables -t nat -L POSTROUTING -n
# Errors.
iptables -A INPUT -m state
iptables -A INPUT -m state -j ACCEPT
iptables -A INPUT -m state wrong
iptables -A INPUT -m state --state BOGUS
iptables -A INPUT -m state --state SNAT
iptables -A INPUT -m state --state DNAT
iptables -A INPUT -m state --state NEW,
iptables -A INPUT -m state --state ,NEW
iptables -A INPUT -m state --state ,
iptables -A INPUT -m state --state NEW,,INVALID
iptables -A INPUT -m state --state ""
iptables -A INPUT -m state --state NEWX
iptables -A INPUT -m state --state NEW,BOGUS,X
iptables -A INPUT -m state --state "NEW ESTABLISHED"
iptables -A INPUT -m state --state
iptables -A INPUT -m state --state NEW --state INVALID
iptables -A INPUT -m state ! --state NEW ! --state INVALID
iptables -A INPUT -m state --ctstate NEW
iptables -A INPUT --state NEW
iptables -S
