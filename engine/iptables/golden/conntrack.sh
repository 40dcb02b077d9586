# libxt_conntrack revision 3: every option, `!`, normalisation in -S, -L in its three forms, and errors.
# --ctstate: canonical print order, any case, any non-empty prefix of a word ("e" is ESTABLISHED).
iptables -A INPUT -m conntrack --ctstate ESTABLISHED,RELATED -j ACCEPT
iptables -A INPUT -m conntrack --ctstate DNAT,SNAT,UNTRACKED,ESTABLISHED,RELATED,NEW,INVALID
iptables -A INPUT -m conntrack --ctstate new,Established
iptables -A INPUT -m conntrack --ctstate i,n,e,r,u,s,d
iptables -A INPUT -m conntrack ! --ctstate INVALID -j DROP
iptables -A INPUT -m conntrack --ctstate NEW,NEW
# --ctstatus: NONE adds no bit and prints only alone.
iptables -A INPUT -m conntrack --ctstatus CONFIRMED,ASSURED,SEEN_REPLY,EXPECTED
iptables -A INPUT -m conntrack --ctstatus none
iptables -A INPUT -m conntrack --ctstatus NONE,conf
iptables -A INPUT -m conntrack ! --ctstatus s,a
# --ctproto prints as a number; 1.8.9 still accepts protocol 0.
iptables -A INPUT -m conntrack --ctproto tcp
iptables -A INPUT -m conntrack ! --ctproto udp
iptables -A INPUT -m conntrack --ctproto TCP
iptables -A INPUT -m conntrack --ctproto ipv6-icmp
iptables -A INPUT -m conntrack --ctproto 0
iptables -A INPUT -m conntrack ! --ctproto all
iptables -A INPUT -m conntrack --ctproto 255
iptables -S INPUT
iptables -L INPUT -n -v
iptables -L INPUT
iptables -L INPUT -v -x
iptables -F INPUT
# Addresses keep their host bits; a non-contiguous dotted mask becomes /32; 0.0.0.0 lists as anywhere.
iptables -A FORWARD -m conntrack --ctorigsrc 10.1.2.3/8
iptables -A FORWARD -m conntrack --ctorigdst 10.1.2.3/255.255.0.0
iptables -A FORWARD -m conntrack --ctreplsrc 10.1.2.3/255.0.255.0
iptables -A FORWARD -m conntrack --ctrepldst 10.1.2.3/32
iptables -A FORWARD -m conntrack --ctrepldst 10.1.2.3/0
iptables -A FORWARD -m conntrack --ctorigsrc 0.0.0.0/8
iptables -A FORWARD -m conntrack --ctorigsrc 0/0
iptables -A FORWARD -m conntrack --ctorigsrc localhost
iptables -A FORWARD -m conntrack ! --ctorigdst 127.0.0.1/31
iptables -A FORWARD -m conntrack --ctorigsrc 10.1
iptables -A FORWARD -m conntrack --ctorigsrc 0x0a000001
iptables -A FORWARD -m conntrack --ctorigsrc 10.1.2.3/33
iptables -A FORWARD -m conntrack --ctorigsrc 1.2.3.4/0x8
iptables -A FORWARD -m conntrack --ctorigsrc 1.2.3.4/255.255.255.255
iptables -A FORWARD -m conntrack --ctorigsrc 1.2.3.4/1.2.3
iptables -A FORWARD -m conntrack --ctorigsrc 1.2.3.4/4294967040
iptables -A FORWARD -m conntrack --ctorigsrc 1.2.3.4/0.0.0.0
iptables -A FORWARD -m conntrack --ctreplsrc localhost/24
iptables -S FORWARD
iptables -L FORWARD -n
iptables -L FORWARD
iptables -F FORWARD
# Ports: numbers (decimal only, wrapping to 16 bits) or service names of any protocol; ranges kept as typed.
iptables -A OUTPUT -m conntrack --ctorigsrcport 80
iptables -A OUTPUT -m conntrack --ctorigdstport http
iptables -A OUTPUT -m conntrack --ctreplsrcport 1000:2000
iptables -A OUTPUT -m conntrack --ctrepldstport 2000:1000
iptables -A OUTPUT -m conntrack --ctorigsrcport :
iptables -A OUTPUT -m conntrack --ctorigsrcport :80
iptables -A OUTPUT -m conntrack --ctorigsrcport 80:
iptables -A OUTPUT -m conntrack --ctorigsrcport 5:0
iptables -A OUTPUT -m conntrack --ctorigsrcport 0:0
iptables -A OUTPUT -m conntrack --ctorigsrcport 7:7
iptables -A OUTPUT -m conntrack ! --ctorigdstport 22:ssh
iptables -A OUTPUT -m conntrack --ctreplsrcport domain:tftp
iptables -A OUTPUT -m conntrack --ctrepldstport 65535
iptables -A OUTPUT -m conntrack --ctrepldstport 65536
iptables -A OUTPUT -m conntrack --ctrepldstport 70000
iptables -A OUTPUT -m conntrack --ctrepldstport 4294967376
iptables -A OUTPUT -m conntrack --ctrepldstport 010
iptables -A OUTPUT -m conntrack --ctrepldstport " 80"
iptables -A OUTPUT -m conntrack --ctrepldstport +80
iptables -A OUTPUT -m conntrack --ctrepldstport -0
iptables -A OUTPUT -m conntrack --ctrepldstport ""
iptables -A OUTPUT -m conntrack --ctrepldstport syslog
iptables -S OUTPUT
iptables -L OUTPUT -n
iptables -L OUTPUT
iptables -F OUTPUT
# --ctexpire: 32-bit numbers in C notation, open-ended and reversed ranges; --ctdir.
iptables -A INPUT -m conntrack --ctexpire 0
iptables -A INPUT -m conntrack --ctexpire 4294967295
iptables -A INPUT -m conntrack --ctexpire 0:4294967295
iptables -A INPUT -m conntrack --ctexpire 4:3
iptables -A INPUT -m conntrack --ctexpire 5:
iptables -A INPUT -m conntrack --ctexpire :5
iptables -A INPUT -m conntrack --ctexpire :
iptables -A INPUT -m conntrack --ctexpire ""
iptables -A INPUT -m conntrack --ctexpire 0x10
iptables -A INPUT -m conntrack --ctexpire 010:0x20
iptables -A INPUT -m conntrack --ctexpire " 5"
iptables -A INPUT -m conntrack --ctexpire +5
iptables -A INPUT -m conntrack ! --ctexpire 7:7
iptables -A INPUT -m conntrack --ctdir ORIGINAL
iptables -A INPUT -m conntrack --ctdir reply
iptables -A INPUT -m conntrack --ctdir Reply --ctstate NEW
iptables -S INPUT
iptables -L INPUT -n -v
iptables -L INPUT
iptables -F INPUT
# All options at once, typed in reverse: -S and -L use a fixed order.
iptables -A FORWARD -m conntrack --ctstate NEW --ctproto tcp --ctorigsrc 10.0.0.0/8 --ctorigdst 10.0.0.1 --ctreplsrc 1.2.3.4 --ctrepldst 5.6.7.8 --ctorigsrcport 1 --ctorigdstport 2 --ctreplsrcport 3 --ctrepldstport 4 --ctstatus ASSURED --ctexpire 10:20 --ctdir ORIGINAL
iptables -A FORWARD -m conntrack --ctdir REPLY --ctexpire 5 --ctstatus EXPECTED --ctrepldstport 4 --ctreplsrcport 3 --ctorigdstport 2 --ctorigsrcport 1 --ctrepldst 5.6.7.8 --ctreplsrc 1.2.3.4 --ctorigdst 10.0.0.1 --ctorigsrc 10.0.0.0/8 --ctproto udp --ctstate INVALID
iptables -A FORWARD -m conntrack ! --ctstate NEW ! --ctproto tcp ! --ctorigsrc 10.0.0.0/8 ! --ctorigdst 10.0.0.1 ! --ctreplsrc 1.2.3.4 ! --ctrepldst 5.6.7.8 ! --ctorigsrcport 1 ! --ctorigdstport 2 ! --ctreplsrcport 3 ! --ctrepldstport 4 ! --ctstatus ASSURED ! --ctexpire 10:20 -j ACCEPT
# With -p and other matches: the match order stays as typed.
iptables -A FORWARD -p tcp --dport 22 -m conntrack --ctstate NEW -j ACCEPT
iptables -A FORWARD -m conntrack --ctstate NEW -p tcp --dport 22 -j ACCEPT
iptables -A FORWARD -m conntrack --ctstate NEW -m conntrack --ctstatus ASSURED
iptables -S FORWARD
iptables -L FORWARD -n -v
iptables -L FORWARD
iptables -L FORWARD -v -x
# Delete and check find the rule by its normalised form.
iptables -C FORWARD -m conntrack --ctstate NEW -m conntrack --ctstatus assured
iptables -D FORWARD -m conntrack --ctstate NEW -m conntrack --ctstatus assured
iptables -D FORWARD -m conntrack --ctstate NEW -m conntrack --ctstatus ASSURED
iptables -F FORWARD
# Every table and hook takes it.
iptables -t raw -A PREROUTING -m conntrack --ctstate UNTRACKED
iptables -t mangle -A POSTROUTING -m conntrack --ctstate SNAT
iptables -t nat -A PREROUTING -m conntrack --ctstate DNAT
iptables -t raw -S
iptables -t mangle -S POSTROUTING
iptables -t nat -S PREROUTING
# Errors.
iptables -A INPUT -m conntrack
iptables -A INPUT -m conntrack -j ACCEPT
iptables -A INPUT -m conntrack --ctstate BOGUS
iptables -A INPUT -m conntrack --ctstate wrong
iptables -A INPUT -m conntrack --ctstate NEW,
iptables -A INPUT -m conntrack --ctstate ,NEW
iptables -A INPUT -m conntrack --ctstate NEW,,INVALID
iptables -A INPUT -m conntrack --ctstate NEW,BOGUS,X
iptables -A INPUT -m conntrack --ctstate ""
iptables -A INPUT -m conntrack --ctstate NEWX
iptables -A INPUT -m conntrack --ctstate "NEW ESTABLISHED"
iptables -A INPUT -m conntrack --ctstate
iptables -A INPUT -m conntrack --ctstatus X
iptables -A INPUT -m conntrack --ctstatus NONE,
iptables -A INPUT -m conntrack --ctstatus ,
iptables -A INPUT -m conntrack --ctstatus ""
iptables -A INPUT -m conntrack --ctproto bogus
iptables -A INPUT -m conntrack --ctproto 256
iptables -A INPUT -m conntrack --ctexpire 42949672956
iptables -A INPUT -m conntrack --ctexpire 4294967296
iptables -A INPUT -m conntrack --ctexpire -1
iptables -A INPUT -m conntrack --ctexpire -0
iptables -A INPUT -m conntrack --ctexpire abc
iptables -A INPUT -m conntrack --ctexpire 1:abc
iptables -A INPUT -m conntrack --ctexpire 5:-1
iptables -A INPUT -m conntrack --ctexpire 5x
iptables -A INPUT -m conntrack --ctexpire 0x
iptables -A INPUT -m conntrack --ctexpire 5:6x
iptables -A INPUT -m conntrack --ctexpire 1:2:3
iptables -A INPUT -m conntrack --ctexpire 1:2:
iptables -A INPUT -m conntrack --ctexpire 99999999999999999999999
iptables -A INPUT -m conntrack --ctorigsrc 10.1.2.3/abc
iptables -A INPUT -m conntrack --ctorigsrc 10.1.2.3/
iptables -A INPUT -m conntrack --ctorigsrc 1.2.3.4/08
iptables -A INPUT -m conntrack --ctorigsrc 1.2.3.4/-0
iptables -A INPUT -m conntrack --ctorigsrc 1.2.3.4/8/9
iptables -A INPUT -m conntrack --ctorigdst 1.2.3.4,5.6.7.8
iptables -A INPUT -m conntrack --ctreplsrc 300.1.1.1
iptables -A INPUT -m conntrack --ctrepldst ""
iptables -A INPUT -m conntrack --ctorigsrc /24
iptables -A INPUT -m conntrack --ctorigsrc 300.1.1.1/abc
iptables -A INPUT -m conntrack --ctorigsrcport -1
iptables -A INPUT -m conntrack --ctorigsrcport 4294967295
iptables -A INPUT -m conntrack --ctorigsrcport 0x10
iptables -A INPUT -m conntrack --ctorigsrcport bogus
iptables -A INPUT -m conntrack --ctorigsrcport HTTP
iptables -A INPUT -m conntrack --ctorigsrcport "80 "
iptables -A INPUT -m conntrack --ctorigsrcport 1:2:3
iptables -A INPUT -m conntrack --ctorigsrcport ::
iptables -A INPUT -m conntrack --ctorigsrcport bogus:1:2
iptables -A INPUT -m conntrack --ctorigsrcport 1:bogus
iptables -A INPUT -m conntrack --ctdir x
iptables -A INPUT -m conntrack --ctdir ""
iptables -A INPUT -m conntrack ! --ctdir REPLY
iptables -A INPUT -m conntrack --ctdir REPLY --ctdir ORIGINAL
iptables -A INPUT -m conntrack --ctstate NEW --ctstate INVALID
iptables -A INPUT -m conntrack ! --ctstate NEW ! --ctstate INVALID
iptables -A INPUT -m conntrack --ctorigsrc 1.1.1.1 --ctorigsrc 2.2.2.2
iptables -A INPUT -m conntrack --ctorigsrcport 1 --ctorigsrcport 2
iptables -A INPUT -m conntrack --state NEW
iptables -A INPUT --ctstate NEW
iptables -S
