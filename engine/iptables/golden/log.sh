# LOG target (libxt_LOG): --log-level names and numbers, --log-prefix quoting and truncation, the five
# flags; -S leaves out the default level 4; -L -n prints numbers, -L the glibc priority names.
iptables -A INPUT -j LOG
iptables -A INPUT -j LOG --log-level 0
iptables -A INPUT -j LOG --log-level 1
iptables -A INPUT -j LOG --log-level 2
iptables -A INPUT -j LOG --log-level 3
iptables -A INPUT -j LOG --log-level 4
iptables -A INPUT -j LOG --log-level 5
iptables -A INPUT -j LOG --log-level 6
iptables -A INPUT -j LOG --log-level 7
iptables -A FORWARD -j LOG --log-level emerg
iptables -A FORWARD -j LOG --log-level alert
iptables -A FORWARD -j LOG --log-level crit
iptables -A FORWARD -j LOG --log-level error
iptables -A FORWARD -j LOG --log-level warning
iptables -A FORWARD -j LOG --log-level notice
iptables -A FORWARD -j LOG --log-level info
iptables -A FORWARD -j LOG --log-level debug
iptables -A FORWARD -j LOG --log-level panic
iptables -A FORWARD -j LOG --log-level 0x6
iptables -A FORWARD -j LOG --log-level 05
iptables -A FORWARD -j LOG --log-level " 3"
iptables -A FORWARD -j LOG --log-level +2
# unknown levels: glibc's short names, capitals, out of range, negative, trailing space
iptables -A FORWARD -j LOG --log-level err
iptables -A FORWARD -j LOG --log-level warn
iptables -A FORWARD -j LOG --log-level WARNING
iptables -A FORWARD -j LOG --log-level 8
iptables -A FORWARD -j LOG --log-level -1
iptables -A FORWARD -j LOG --log-level -0
iptables -A FORWARD -j LOG --log-level "7 "
iptables -A FORWARD -j LOG --log-level bad
iptables -A FORWARD -j LOG --log-level ""
# prefixes: bare when only [A-Za-z0-9_-], else quoted with \ before " ' and \; cut to 29 characters
iptables -A OUTPUT -j LOG --log-prefix "DROP: "
iptables -A OUTPUT -j LOG --log-prefix IN:
iptables -A OUTPUT -j LOG --log-prefix IN_x-y
iptables -A OUTPUT -j LOG --log-prefix "it's \"q\" \\ x"
iptables -A OUTPUT -j LOG --log-prefix 'a b'
iptables -A OUTPUT -j LOG --log-prefix xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
iptables -A OUTPUT -j LOG --log-prefix 12345678901234567890123456789
iptables -A OUTPUT -j LOG --log-prefix "123456789012345678901234567 9 x"
iptables -A OUTPUT -j LOG --log-prefix ""
iptables -A OUTPUT -j LOG --log-prefix
# flags print in a fixed order whatever the command-line order
iptables -A OUTPUT -j LOG --log-uid --log-ip-options --log-tcp-options --log-tcp-sequence
iptables -A OUTPUT -j LOG --log-macdecode
iptables -A OUTPUT -j LOG --log-macdecode --log-uid --log-ip-options --log-tcp-options --log-tcp-sequence --log-level 7 --log-prefix x
iptables -A OUTPUT -j LOG --log-level debug --log-prefix "x "
iptables -A OUTPUT -p tcp --dport 22 -j LOG --log-prefix "ssh " --log-level info --log-tcp-sequence
# abbreviations, --opt=value, and an ambiguous prefix
iptables -A OUTPUT -j LOG --log-l 1 --log-p abbr --log-u --log-m
iptables -A OUTPUT -j LOG --log-level=2 --log-prefix=eq
iptables -A OUTPUT -j LOG --log-tcp
iptables -S
iptables -L -n -v
iptables -L
iptables -L -v -x
iptables -L OUTPUT --line-numbers
iptables -C OUTPUT -j LOG --log-prefix "DROP: "
iptables -C OUTPUT -j LOG --log-prefix "DROP: " --log-level warning
iptables -C OUTPUT -j LOG --log-prefix "DROP:"
iptables -C INPUT -j LOG --log-level emerg
iptables -C INPUT -j LOG --log-level panic
iptables -D INPUT -j LOG --log-level 4
iptables -D INPUT -j LOG --log-level 0
iptables -S INPUT
# LOG works in every table and hook
iptables -t mangle -A PREROUTING -j LOG --log-prefix mangle
iptables -t mangle -A POSTROUTING -j LOG
iptables -t nat -A PREROUTING -j LOG --log-level 1
iptables -t nat -A POSTROUTING -j LOG
iptables -t raw -A PREROUTING -j LOG
iptables -t raw -A OUTPUT -j LOG --log-uid
iptables -t security -A INPUT -j LOG
iptables -t mangle -S
iptables -t nat -S
iptables -t raw -S
iptables -t security -S
iptables -t raw -L -n
# user chain
iptables -N LOGDROP
iptables -A LOGDROP -j LOG --log-prefix "DROP: "
iptables -A LOGDROP -j DROP
iptables -A INPUT -j LOGDROP
iptables -L LOGDROP
iptables -L LOGDROP -n -v
# option errors
iptables -A INPUT -j LOG --log-uid --log-uid
iptables -A INPUT -j LOG ! --log-uid
iptables -A INPUT -j LOG ! --log-prefix x
iptables -A INPUT -j LOG --log-level 3 --log-level 4
iptables -A INPUT -j LOG --log-prefix a --log-prefix b
iptables -A INPUT -j LOG --log-level
iptables -A INPUT -j LOG --log-bogus
iptables -A INPUT -j LOG foo
iptables -A INPUT --log-prefix x -j LOG
