# libxt_comment: quoting by xtables_save_string in -S, the raw text in -L, 255-byte truncation, errors.
iptables -A INPUT -m comment --comment foo
iptables -A INPUT -m comment --comment foo_bar-1
iptables -A INPUT -m comment --comment ABCxyz0123456789
iptables -A INPUT -m comment --comment "hello world"
iptables -A INPUT -m comment --comment "it's"
iptables -A INPUT -m comment --comment 'say "hi"'
iptables -A INPUT -m comment --comment 'back\slash'
iptables -A INPUT -m comment --comment 'a\"b\'"'"'c'
iptables -A INPUT -m comment --comment ""
iptables -A INPUT -m comment --comment " "
iptables -A INPUT -m comment --comment '$x;a:b	tab'
iptables -A INPUT -m comment --comment 'a*/b'
iptables -A INPUT -m comment --comment 'x.y/z@w'
iptables -A INPUT -m comment --comment '!#%&()*+,./:<=>?@[]^`{|}~'
iptables -A INPUT -m comment --comment "--comment"
iptables -A INPUT -m comment --comment -j
iptables -A INPUT -m comment --comment café
iptables -A INPUT -m comment --comment "ünïcödé ✓"
iptables -A INPUT -m comment --comment a -m comment --comment b
iptables -A INPUT -m comment --comment "c=1" -j ACCEPT
iptables -S
iptables -S -v
iptables -L -n -v
iptables -L
iptables -L INPUT -v -x
iptables -F
# Rules keep their place among other matches; -p can come after.
iptables -A INPUT -p tcp --dport 22 -m comment --comment ssh -j ACCEPT
iptables -A INPUT -m comment --comment ssh -p tcp --dport 22 -j ACCEPT
iptables -A INPUT -p tcp -m comment --comment foo -m tcp --dport 22
iptables -A INPUT -s 10.0.0.0/8 -m comment --comment "ssh from lan" -p tcp --dport 22 -j ACCEPT
iptables -S
iptables -L -n
iptables -L
# -C and -D compare the comment too.
iptables -C INPUT -p tcp -m tcp --dport 22 -m comment --comment ssh -j ACCEPT
iptables -C INPUT -p tcp -m tcp --dport 22 -m comment --comment other -j ACCEPT
iptables -C INPUT -p tcp -m tcp --dport 22 -j ACCEPT
iptables -D INPUT -s 10.0.0.0/8 -p tcp -m comment --comment "ssh from lan" -m tcp --dport 22 -j ACCEPT
iptables -S INPUT
iptables -F
# 255 bytes are kept, the rest is cut silently (and -D then matches the cut text).
iptables -A INPUT -m comment --comment xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
iptables -A INPUT -m comment --comment xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxy
iptables -A INPUT -m comment --comment xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxyz
iptables -A INPUT -m comment --comment "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx b"
iptables -A INPUT -m comment --comment xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxé
iptables -A INPUT -m comment --comment xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx✓
iptables -S
iptables -L
iptables -D INPUT -m comment --comment xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxq
iptables -S
iptables -F
# Every table and chain takes it.
iptables -t nat -A POSTROUTING -m comment --comment "nat rule"
iptables -t mangle -A PREROUTING -m comment --comment mangle
iptables -t raw -A OUTPUT -m comment --comment raw
iptables -t nat -S POSTROUTING
iptables -t mangle -L PREROUTING
iptables -t raw -L OUTPUT -n -v
# Errors.
iptables -A INPUT -m comment
iptables -A INPUT -m comment -j ACCEPT
iptables -A INPUT -m comment --comment
iptables -A INPUT -m comment --comment a --comment b
iptables -A INPUT -m comment ! --comment a
iptables -A INPUT -m comment --comment a -m comment
iptables -A INPUT --comment a
iptables -A INPUT -m comment --remark a
iptables -S
