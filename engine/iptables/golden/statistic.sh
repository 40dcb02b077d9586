# libxt_statistic: --mode random --probability (kept as a 31-bit fraction), --mode nth --every/--packet.
iptables -A INPUT -m statistic --mode random --probability 0.5 -j DROP
iptables -A INPUT -m statistic --mode random --probability 0.1
iptables -A INPUT -m statistic --mode random ! --probability 0.25
iptables -A INPUT -m statistic --mode random --probability 0.3
iptables -A INPUT -m statistic --mode random --probability 0.33333
iptables -A INPUT -m statistic --mode random --probability 0.000000001
iptables -A INPUT -m statistic --mode random --probability 0.99999999999
iptables -A INPUT -m statistic --mode random --probability 0.000244140625
iptables -A INPUT -m statistic --mode random --probability 0.000732421875
iptables -A INPUT -m statistic --mode random --probability 0
iptables -A INPUT -m statistic --mode random --probability 1
iptables -A INPUT -m statistic --mode random --probability 1.0
iptables -A INPUT -m statistic --mode random --probability 1e-10
iptables -A INPUT -m statistic --mode random --probability 5E-1
iptables -A INPUT -m statistic --mode random --probability .75
iptables -A INPUT -m statistic --mode random --probability 0x0.8
iptables -A INPUT -m statistic --mode random --probability 0x1p-3
iptables -A INPUT -m statistic --mode random --probability " 0.5"
iptables -A INPUT -m statistic --mode random --probability +0.5
iptables -A INPUT -m statistic --mode random --probability -0
iptables -A INPUT -m statistic --mode random --probability nan
iptables -A INPUT -m statistic --probability 0.6 --mode random
iptables -A INPUT -m statistic --mode random --probability 0.50000000000
iptables -A INPUT -m statistic --mode nth --every 3 --packet 0
iptables -A INPUT -m statistic --mode nth --every 3 --packet 2
iptables -A INPUT -m statistic --mode nth ! --every 5 --packet 2
iptables -A INPUT -m statistic --mode nth --every 1 --packet 0
iptables -A INPUT -m statistic --mode nth --every 4294967295 --packet 4294967294
iptables -A INPUT -m statistic --mode nth --every 0x10 --packet 010
iptables -A INPUT -m statistic --packet 1 --every 2 --mode nth
iptables -A FORWARD -p tcp --dport 80 -m statistic --mode nth --every 2 --packet 1 -j ACCEPT
iptables -S
iptables -L -n -v
iptables -L
iptables -L -v -x
iptables -L FORWARD --line-numbers
iptables -D INPUT -m statistic --mode random --probability 0.5 -j DROP
iptables -C INPUT -m statistic --mode random --probability 0.1
iptables -C INPUT -m statistic --mode random --probability 0.10000000009
iptables -C INPUT -m statistic --mode nth --every 3 --packet 0
iptables -S INPUT 1
# errors
iptables -A INPUT -m statistic
iptables -A INPUT -m statistic --mode random
iptables -A INPUT -m statistic --mode nth
iptables -A INPUT -m statistic --mode bogus
iptables -A INPUT -m statistic --mode RANDOM --probability 0.5
iptables -A INPUT -m statistic --mode ""
iptables -A INPUT -m statistic --probability 0.5
iptables -A INPUT -m statistic --every 3
iptables -A INPUT -m statistic --packet 1
iptables -A INPUT -m statistic --every 3 --packet 1
iptables -A INPUT -m statistic --mode random ! --probability 1.1
iptables -A INPUT -m statistic --mode random --probability -0.1
iptables -A INPUT -m statistic --mode random --probability abc
iptables -A INPUT -m statistic --mode random --probability "0.5 "
iptables -A INPUT -m statistic --mode random --probability ""
iptables -A INPUT -m statistic --mode random --probability inf
iptables -A INPUT -m statistic --mode random --probability 1e
iptables -A INPUT -m statistic --mode random --probability 0x
iptables -A INPUT -m statistic --mode random --probability 0.5 --every 3
iptables -A INPUT -m statistic --mode random --probability 0.5 --packet 1
iptables -A INPUT -m statistic --mode random --probability 0 --packet 1
iptables -A INPUT -m statistic --mode random --packet 0 --probability 0.5
iptables -A INPUT -m statistic --mode random --probability 0.5 --every 3 --packet 5
iptables -A INPUT -m statistic --mode nth --every 3 --probability 0.5
iptables -A INPUT -m statistic --mode nth --every 3 --packet 1 --probability 0.5
iptables -A INPUT -m statistic --mode nth --probability 0.5
iptables -A INPUT -m statistic --mode nth --every 3
iptables -A INPUT -m statistic --mode nth --packet 0
iptables -A INPUT -m statistic --mode nth --packet 1
iptables -A INPUT -m statistic --mode nth ! --every 5
iptables -A INPUT -m statistic --mode nth ! --every 5 --packet 5
iptables -A INPUT -m statistic --mode nth --every 3 --packet 3
iptables -A INPUT -m statistic --mode nth --every 0 --packet 0
iptables -A INPUT -m statistic --mode nth --every 4294967296 --packet 0
iptables -A INPUT -m statistic --mode nth --every -1 --packet 0
iptables -A INPUT -m statistic --mode nth --every abc --packet 0
iptables -A INPUT -m statistic --mode nth --every 3 --packet -1
iptables -A INPUT -m statistic --mode nth --every 3 --packet 4294967296
iptables -A INPUT -m statistic --mode nth --every 3 ! --packet 1
iptables -A INPUT -m statistic ! --mode nth --every 3 --packet 1
iptables -A INPUT -m statistic --mode nth --mode random --every 3 --packet 1
iptables -A INPUT -m statistic --mode random --probability 0.5 --probability 0.6
iptables -A INPUT -m statistic --mode nth --every 3 --every 4 --packet 1
iptables -A INPUT -m statistic --mode nth --every 3 --packet 1 --packet 2
iptables -A INPUT -m statistic --mode random --probability
iptables -A INPUT --probability 0.5
iptables -S INPUT
