# MARK (libxt_MARK, revision 2) and CONNMARK (libxt_CONNMARK, revision 2) targets: every operation saves
# as --set-xmark VALUE/MASK; -L reads the pair back as and/or/xor/set/xset. Neither has a table or hook limit.
iptables -A INPUT -j MARK --set-mark 1
iptables -A INPUT -j MARK --set-mark 0x10/0xff
iptables -A INPUT -j MARK --set-xmark 0x10/0xff
iptables -A INPUT -j MARK --set-xmark 0xfeedcafe/0xfeedcafe
iptables -A INPUT -j MARK --set-xmark 0x0
iptables -A INPUT -j MARK --set-xmark 4294967295
iptables -A INPUT -j MARK --and-mark 0xff
iptables -A INPUT -j MARK --or-mark 0x4
iptables -A INPUT -j MARK --xor-mark 0x4
# edge values: a zero value always reads as "and", value == mask as "or"
iptables -A INPUT -j MARK --set-mark 0
iptables -A INPUT -j MARK --set-mark 0x0/0x0
iptables -A INPUT -j MARK --set-mark 5/5
iptables -A INPUT -j MARK --set-xmark 5/0
iptables -A INPUT -j MARK --and-mark 0xffffffff
iptables -A INPUT -j MARK --and-mark 0
iptables -A INPUT -j MARK --or-mark 0
iptables -A INPUT -j MARK --xor-mark 0
# C number syntax: octal, hex, leading blanks, "+"
iptables -A INPUT -j MARK --set-mark 010
iptables -A INPUT -j MARK --set-mark " 7"
iptables -A INPUT -j MARK --set-mark "7/ 0x0f"
iptables -A INPUT -j MARK --set-mark +7
iptables -A INPUT -j MARK --and-mark " 0x10"
iptables -A INPUT -j MARK --or-mark +5
iptables -A INPUT -j MARK --set-m 3
iptables -A INPUT -j MARK --set-xmark=0x3/0x3
iptables -A INPUT -p tcp --dport 80 -j MARK --set-mark 80
iptables -S
iptables -L -n -v
iptables -L
iptables -L -v -x
iptables -C INPUT -j MARK --set-xmark 0x1/0xffffffff
iptables -C INPUT -j MARK --set-mark 0x1
iptables -C INPUT -j MARK --or-mark 0x4
iptables -C INPUT -j MARK --set-xmark 0x4/0x4
iptables -D INPUT -j MARK --set-xmark 0x4/0x0
iptables -D INPUT -j MARK --xor-mark 0x4
iptables -S INPUT
# MARK errors
iptables -A INPUT -j MARK
iptables -A INPUT -j MARK --set-mark 1 --and-mark 2
iptables -A INPUT -j MARK --and-mark 2 --set-mark 1
iptables -A INPUT -j MARK --xor-mark 2 --set-xmark 1
iptables -A INPUT -j MARK --or-mark 2 --xor-mark 1
iptables -A INPUT -j MARK --set-mark 1 --set-mark 2
iptables -A INPUT -j MARK ! --set-mark 1
iptables -A INPUT -j MARK --set-mark foo
iptables -A INPUT -j MARK --set-mark 1/foo
iptables -A INPUT -j MARK --set-mark 1/
iptables -A INPUT -j MARK --set-mark 1x
iptables -A INPUT -j MARK --set-mark 1/2x
iptables -A INPUT -j MARK --set-mark 1/1/1
iptables -A INPUT -j MARK --set-mark ""
iptables -A INPUT -j MARK --set-mark -0
iptables -A INPUT -j MARK --set-mark 0x
iptables -A INPUT -j MARK --set-mark 08
iptables -A INPUT -j MARK --set-mark 1/-1
iptables -A INPUT -j MARK --set-xmark 4294967296
iptables -A INPUT -j MARK --set-xmark -1
iptables -A INPUT -j MARK --and-mark foo
iptables -A INPUT -j MARK --and-mark 4294967296
iptables -A INPUT -j MARK --and-mark ""
iptables -A INPUT -j MARK --and-mark -0
iptables -A INPUT -j MARK --or-mark 1/1
iptables -A INPUT -j MARK --set-mark
iptables -A INPUT -j MARK --mark 1
# every table takes MARK
iptables -t mangle -A PREROUTING -j MARK --set-mark 1
iptables -t mangle -A POSTROUTING -j MARK --or-mark 2
iptables -t nat -A PREROUTING -j MARK --set-mark 1
iptables -t raw -A PREROUTING -j MARK --and-mark 1
iptables -t security -A INPUT -j MARK --xor-mark 1
iptables -t mangle -S
iptables -t nat -S
iptables -t raw -L -n
iptables -t security -L
# CONNMARK: set forms
iptables -t mangle -F
iptables -t mangle -A PREROUTING -j CONNMARK --set-mark 1
iptables -t mangle -A PREROUTING -j CONNMARK --set-mark 0x1/0xff
iptables -t mangle -A PREROUTING -j CONNMARK --set-xmark 0x1/0xff
iptables -t mangle -A PREROUTING -j CONNMARK --set-xmark 7
iptables -t mangle -A PREROUTING -j CONNMARK --and-mark 0xf
iptables -t mangle -A PREROUTING -j CONNMARK --or-mark 0xf
iptables -t mangle -A PREROUTING -j CONNMARK --xor-mark 0xf
iptables -t mangle -A PREROUTING -j CONNMARK --set-mark 0
# save/restore with masks
iptables -t mangle -A PREROUTING -j CONNMARK --save-mark
iptables -t mangle -A PREROUTING -j CONNMARK --restore-mark
iptables -t mangle -A PREROUTING -j CONNMARK --save-mark --mask 0xff
iptables -t mangle -A PREROUTING -j CONNMARK --restore-mark --mask 0xff
iptables -t mangle -A PREROUTING -j CONNMARK --save-mark --nfmask 0xfffffff --ctmask 0xffffffff
iptables -t mangle -A PREROUTING -j CONNMARK --restore-mark --nfmask 0xfffffff --ctmask 0xffffffff
iptables -t mangle -A PREROUTING -j CONNMARK --save-mark --nfmask 0xff --ctmask 0xf
iptables -t mangle -A PREROUTING -j CONNMARK --restore-mark --nfmask 0xff --ctmask 0xf
iptables -t mangle -A PREROUTING -j CONNMARK --restore-mark --ctmask 0xf
iptables -t mangle -A PREROUTING -j CONNMARK --save-mark --nfmask 0xf
iptables -t mangle -A PREROUTING -j CONNMARK --save-mark --nfmask 0xf --ctmask 0xf
# options apply in command-line order: a later mask overrides what a --set-* put there
iptables -t mangle -A PREROUTING -j CONNMARK --set-mark 1 --mask 1
iptables -t mangle -A PREROUTING -j CONNMARK --mask 1 --set-mark 1
iptables -t mangle -A PREROUTING -j CONNMARK --set-mark 1 --nfmask 1
iptables -t mangle -A PREROUTING -j CONNMARK --set-xmark 1 --ctmask 0xf
iptables -t mangle -A PREROUTING -j CONNMARK --ctmask 0xf --set-xmark 1
# shifts (last one wins; 0 prints nothing)
iptables -t mangle -A PREROUTING -j CONNMARK --set-mark 1 --left-shift-mark 2
iptables -t mangle -A PREROUTING -j CONNMARK --save-mark --left-shift-mark 2
iptables -t mangle -A PREROUTING -j CONNMARK --restore-mark --right-shift-mark 3
iptables -t mangle -A PREROUTING -j CONNMARK --restore-mark --right-shift-mark 0
iptables -t mangle -A PREROUTING -j CONNMARK --restore-mark --right-shift-mark 3 --left-shift-mark 2
iptables -t mangle -A PREROUTING -j CONNMARK --save-mark --mask 0xff --left-shift-mark 0x1f
iptables -t mangle -A PREROUTING -j CONNMARK --restore-m --nfm 3 --ctm 4 --right 5
iptables -t mangle -S
iptables -t mangle -L -n -v
iptables -t mangle -L
iptables -t mangle -C PREROUTING -j CONNMARK --save-mark --nfmask 0xffffffff --ctmask 0xffffffff
iptables -t mangle -C PREROUTING -j CONNMARK --save-mark --mask 0xffffffff
iptables -t mangle -D PREROUTING -j CONNMARK --save-mark --mask 0xff
iptables -t mangle -D PREROUTING -j CONNMARK --save-mark --nfmask 0xff --ctmask 0xff
iptables -t mangle -S PREROUTING
# the kernel refuses shifts of 32 bits
iptables -t mangle -A PREROUTING -j CONNMARK --restore-mark --right-shift-mark 32
iptables -t mangle -A FORWARD -j CONNMARK --save-mark --left-shift-mark 32
iptables -t mangle -A POSTROUTING -j CONNMARK --save-mark --left-shift-mark 31
# every table takes CONNMARK
iptables -A FORWARD -j CONNMARK --set-mark 1
iptables -t nat -A OUTPUT -j CONNMARK --save-mark
iptables -t raw -A OUTPUT -j CONNMARK --restore-mark
iptables -t security -A OUTPUT -j CONNMARK --or-mark 1
iptables -S FORWARD
iptables -t nat -S OUTPUT
iptables -t raw -S OUTPUT
iptables -t security -L OUTPUT -n
# CONNMARK errors
iptables -t mangle -A PREROUTING -j CONNMARK
iptables -t mangle -A PREROUTING -j CONNMARK --mask 0xff
iptables -t mangle -A PREROUTING -j CONNMARK --nfmask 0xff --ctmask 0xff
iptables -t mangle -A PREROUTING -j CONNMARK --left-shift-mark 2
iptables -t mangle -A PREROUTING -j CONNMARK --save-mark --restore-mark
iptables -t mangle -A PREROUTING -j CONNMARK --restore-mark --save-mark
iptables -t mangle -A PREROUTING -j CONNMARK --set-mark 1 --save-mark
iptables -t mangle -A PREROUTING -j CONNMARK --xor-mark 1 --set-xmark 1
iptables -t mangle -A PREROUTING -j CONNMARK --set-mark 1 --and-mark 1 --or-mark 2
iptables -t mangle -A PREROUTING -j CONNMARK --or-mark 1 --restore-mark
iptables -t mangle -A PREROUTING -j CONNMARK --save-mark --mask 1 --nfmask 2
iptables -t mangle -A PREROUTING -j CONNMARK --save-mark --nfmask 2 --mask 1
iptables -t mangle -A PREROUTING -j CONNMARK --save-mark --ctmask 2 --mask 1
iptables -t mangle -A PREROUTING -j CONNMARK --save-mark --mask 1 --ctmask 3
iptables -t mangle -A PREROUTING -j CONNMARK --save-mark --mask 0xff --mask 1
iptables -t mangle -A PREROUTING -j CONNMARK --save-mark --save-mark
iptables -t mangle -A PREROUTING -j CONNMARK ! --save-mark
iptables -t mangle -A PREROUTING -j CONNMARK --save-mark ! --mask 1
iptables -t mangle -A PREROUTING -j CONNMARK --save-mark --mask foo
iptables -t mangle -A PREROUTING -j CONNMARK --save-mark --ctmask 0x100000000
iptables -t mangle -A PREROUTING -j CONNMARK --set-mark 1/x
iptables -t mangle -A PREROUTING -j CONNMARK --set-xmark 1z
iptables -t mangle -A PREROUTING -j CONNMARK --and-mark -1
iptables -t mangle -A PREROUTING -j CONNMARK --restore-mark --right-shift-mark 33
iptables -t mangle -A PREROUTING -j CONNMARK --save-mark --left-shift-mark -1
iptables -t mangle -A PREROUTING -j CONNMARK --save-mark --left-shift-mark x
iptables -t mangle -A PREROUTING -j CONNMARK --save-mark --left
iptables -t mangle -A PREROUTING -j CONNMARK --save
