# NOTRACK, CT (libxt_CT, revision 2) and TRACE. NOTRACK is CT with an alias flag: -S says NOTRACK, -L
# shows target CT with the text NOTRACK. CT and NOTRACK are raw-table only; TRACE (nft: meta nftrace)
# goes anywhere.
iptables -t raw -A PREROUTING -j NOTRACK
iptables -t raw -A OUTPUT -j NOTRACK
iptables -t raw -A OUTPUT -p tcp --dport 53 -j NOTRACK
iptables -t raw -A PREROUTING -j CT --notrack
iptables -t raw -A PREROUTING -j CT
iptables -t raw -A PREROUTING -j CT --zone 1
iptables -t raw -A PREROUTING -j CT --zone 65535
iptables -t raw -A PREROUTING -j CT --zone 0
iptables -t raw -A PREROUTING -j CT --zone 0x10
iptables -t raw -A PREROUTING -j CT --zone 010
iptables -t raw -A PREROUTING -j CT --zone " 5"
iptables -t raw -A PREROUTING -j CT --zone mark
iptables -t raw -A PREROUTING -j CT --zone MARK
iptables -t raw -A PREROUTING -j CT --zone-orig 5
iptables -t raw -A PREROUTING -j CT --zone-reply 6
iptables -t raw -A PREROUTING -j CT --zone-orig mark
iptables -t raw -A PREROUTING -j CT --zone-reply Mark
iptables -t raw -A PREROUTING -j CT --zone-orig 0
# zone options combine their direction flags; the last number wins
iptables -t raw -A PREROUTING -j CT --zone-orig 5 --zone-reply 6
iptables -t raw -A PREROUTING -j CT --zone 5 --zone-reply 6
iptables -t raw -A PREROUTING -j CT --zone-orig mark --zone 5
iptables -t raw -A OUTPUT -j CT --ctevents new,related,destroy,reply,assured,protoinfo,helper,mark
iptables -t raw -A OUTPUT -j CT --ctevents mark,new
iptables -t raw -A OUTPUT -j CT --ctevents natseqinfo,secmark,new,new
iptables -t raw -A OUTPUT -j CT --expevents new
iptables -t raw -A OUTPUT -j CT --expevents new,new
iptables -t raw -A OUTPUT -j CT --notrack --zone 3 --ctevents new --expevents new
iptables -t raw -A OUTPUT -p tcp --dport 21 -j CT --helper ftp
iptables -t raw -A OUTPUT -p tcp -j CT --helper irc --zone 2
iptables -t raw -A OUTPUT -p 6 -j CT --helper pptp
iptables -t raw -A OUTPUT -p tcp -j CT --helper sane
iptables -t raw -A OUTPUT -p tcp -j CT --helper Q.931
iptables -t raw -A OUTPUT -p tcp -j CT --helper sip
iptables -t raw -A OUTPUT -p udp -j CT --helper sip
iptables -t raw -A OUTPUT -p udp -j CT --helper tftp
iptables -t raw -A OUTPUT -p udp -j CT --helper amanda
iptables -t raw -A OUTPUT -p udp -j CT --helper netbios-ns
iptables -t raw -A OUTPUT -p udp -j CT --helper snmp
iptables -t raw -A OUTPUT -p udp -j CT --helper RAS
iptables -t raw -A OUTPUT -p tcp -j CT --helper ""
# with --notrack the kernel looks at neither helper nor timeout; names are cut to their field size
# (helper 15 bytes; the kernel hands back only the first 4 bytes of a timeout name)
iptables -t raw -A OUTPUT -j CT --notrack --helper nosuch
iptables -t raw -A OUTPUT -j CT --notrack --timeout foo
iptables -t raw -A OUTPUT -j CT --notrack --timeout abc
iptables -t raw -A OUTPUT -j CT --notrack --helper abcdefghijklmnopqrstuvwxyz --timeout abcdefghijklmnopqrstuvwxyz0123456789
iptables -t raw -A OUTPUT -j CT --notr --zone-r 7 --ctev new --expev new
iptables -t raw -A OUTPUT -j CT --zone=9
iptables -t raw -S
iptables -t raw -L -n -v
iptables -t raw -L
iptables -t raw -L -v -x
iptables -t raw -L OUTPUT -n --line-numbers
# NOTRACK and CT --notrack are different rules
iptables -t raw -C PREROUTING -j NOTRACK
iptables -t raw -C PREROUTING -j CT --notrack
iptables -t raw -C OUTPUT -j CT --notrack
iptables -t raw -C PREROUTING -j CT --zone 0
iptables -t raw -C PREROUTING -j CT --zone 16
iptables -t raw -D PREROUTING -j NOTRACK
iptables -t raw -D PREROUTING -j NOTRACK
iptables -t raw -D PREROUTING -j CT --notrack
iptables -t raw -S PREROUTING
# TRACE
iptables -t raw -A PREROUTING -j TRACE
iptables -t raw -A OUTPUT -p tcp -j TRACE
iptables -A INPUT -j TRACE
iptables -A FORWARD -s 10.0.0.1 -j TRACE
iptables -t mangle -A POSTROUTING -j TRACE
iptables -t nat -A PREROUTING -j TRACE
iptables -t security -A OUTPUT -j TRACE
iptables -N tr
iptables -A tr -j TRACE
iptables -S
iptables -L -n -v
iptables -L
iptables -t mangle -S POSTROUTING
iptables -t nat -L PREROUTING -n
iptables -t security -S OUTPUT
iptables -t raw -S PREROUTING
iptables -C INPUT -j TRACE
iptables -D INPUT -j TRACE
iptables -D INPUT -j TRACE
# CT and NOTRACK belong to the raw table, even in a user chain
iptables -A INPUT -j NOTRACK
iptables -A INPUT -j CT --notrack
iptables -A tr -j CT --zone 1
iptables -A tr -j NOTRACK
iptables -t mangle -A PREROUTING -j CT --notrack
iptables -t mangle -A OUTPUT -j NOTRACK
iptables -t nat -A OUTPUT -j NOTRACK
iptables -t security -A INPUT -j CT
# the kernel refuses a timeout policy without a protocol
iptables -t raw -A OUTPUT -j CT --timeout foo
iptables -t raw -A OUTPUT ! -p tcp -j CT --timeout foo
# CT errors
iptables -t raw -A PREROUTING -j CT --zone 65536
iptables -t raw -A PREROUTING -j CT --zone -1
iptables -t raw -A PREROUTING -j CT --zone -0
iptables -t raw -A PREROUTING -j CT --zone foo
iptables -t raw -A PREROUTING -j CT --zone ""
iptables -t raw -A PREROUTING -j CT --zone 5x
iptables -t raw -A PREROUTING -j CT --zone-orig 70000
iptables -t raw -A PREROUTING -j CT --zone 5 --zone 6
iptables -t raw -A PREROUTING -j CT --zone-orig 5 --zone-orig 6
iptables -t raw -A PREROUTING -j CT --ctevents new,bogus
iptables -t raw -A PREROUTING -j CT --ctevents ""
iptables -t raw -A PREROUTING -j CT --ctevents new,
iptables -t raw -A PREROUTING -j CT --ctevents NEW
iptables -t raw -A PREROUTING -j CT --expevents related
iptables -t raw -A PREROUTING -j CT --ctevents new --ctevents mark
iptables -t raw -A PREROUTING -j CT --notrack --notrack
iptables -t raw -A PREROUTING -j CT ! --notrack
iptables -t raw -A PREROUTING -j CT ! --zone 1
iptables -t raw -A PREROUTING -j CT --helper
iptables -t raw -A PREROUTING -j CT --bogus
iptables -t raw -A PREROUTING -j NOTRACK --notrack
iptables -t raw -A PREROUTING -j NOTRACK ! --zone 1
iptables -t raw -A OUTPUT -j TRACE --foo
iptables -t raw -A OUTPUT -j TRACE bar
