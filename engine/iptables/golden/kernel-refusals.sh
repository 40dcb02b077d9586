# Refusals the kernel makes from a rule's own options, wherever the rule sits, and parse-time warnings.
iptables -N X
iptables -A X -j REJECT --reject-with tcp-reset
iptables -A X -p tcp -j REJECT --reject-with tcp-reset
iptables -A X -p tcp -j REJECT --reject-with echo-reply
iptables -A X -j REJECT --reject-with e
iptables -t raw -N R
iptables -t raw -A R -p tcp -j CT --timeout x
iptables -t raw -A R -j CT --timeout x
iptables -t raw -A R -p tcp -j CT --helper nosuch
iptables -t raw -A R -p udp -j CT --helper ftp
iptables -t raw -A R -j CT --helper ftp
iptables -t raw -A R -p tcp -j CT --helper ftp
iptables -t raw -A PREROUTING -p tcp -j CT --timeout x
iptables -A X -m conntrack --ctdir REPLY ! --ctdir ORIGINAL
iptables -A X -m comment --comment a ! --comment b
iptables -A X -s -0.0.0.0
iptables -A X -p tcp --dport -0
iptables -A X -s LOCALHOST
iptables -S
iptables -t raw -S
iptables -A INPUT -m iprange --src-range 1.1.1.10-1.1.1.1
iptables -A INPUT -m iprange --src-range 1.1.1.10-1.1.1.1 --bogus
iptables -A INPUT -m iprange --dst-range 1.1.1.10-1.1.1.1 ! --src-range 2.2.2.2-2.2.2.1
iptables -m statistic --mode nth ! --mode random -A INPUT
iptables -S INPUT
