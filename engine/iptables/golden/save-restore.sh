# iptables-save and iptables-restore: layout, counters, per-table commits, errors with line numbers.
iptables-save
iptables-save -t nat
iptables-save -t bogus
iptables-save --bogus
iptables-save -h
iptables-save -V
iptables -N KEEP
iptables -A KEEP -j ACCEPT
iptables -t mangle -A INPUT -j ACCEPT
iptables -A INPUT -c 7 420 -s 10.0.0.0/8 -j KEEP
iptables-save
iptables-save -c
iptables-save -t filter -c
cat > good.v4 <<'EOF2'
# a comment line
*filter
:INPUT DROP [0:0]
:FORWARD ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:FOO - [0:0]
[3:180] -A INPUT -i lo -j ACCEPT
-A INPUT -j FOO
-A FOO -s 1.2.3.4 -j ACCEPT
-A FOO -m comment --comment "two words" -j RETURN
COMMIT
*nat
:PREROUTING ACCEPT [0:0]
:INPUT ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:POSTROUTING ACCEPT [0:0]
-A POSTROUTING -s 10.0.0.0/8 -o eth0 -j ACCEPT
COMMIT
EOF2
iptables-restore --test < good.v4
iptables-save
iptables-restore < good.v4
iptables-save
iptables-restore -c < good.v4
iptables-save -c
iptables-restore good.v4
iptables-restore nosuchfile
iptables-restore --bogus < good.v4
iptables-restore -h
cat > bad-option.v4 <<'EOF2'
*filter
:INPUT ACCEPT [0:0]
-A INPUT -j ACCEPT
-A INPUT --bogus
COMMIT
EOF2
iptables-restore < bad-option.v4
iptables -S
cat > no-commit.v4 <<'EOF2'
*filter
-A INPUT -j ACCEPT
EOF2
iptables-restore < no-commit.v4
cat > bad-table.v4 <<'EOF2'
*bogus
COMMIT
EOF2
iptables-restore < bad-table.v4
cat > no-chain.v4 <<'EOF2'
*filter
:INPUT ACCEPT [0:0]
-A NOSUCH -j ACCEPT
COMMIT
EOF2
iptables-restore < no-chain.v4
cat > second-fails.v4 <<'EOF2'
*filter
:INPUT ACCEPT [0:0]
-A INPUT -s 9.9.9.9 -j ACCEPT
COMMIT
*nat
:PREROUTING ACCEPT [0:0]
-A PREROUTING -s 9.9.9.9 -j ACCEPT
-A PREROUTING -j MASQUERADE
COMMIT
EOF2
iptables-restore < second-fails.v4
iptables-save
cat > garbage.v4 <<'EOF2'
garbage line
EOF2
iptables-restore < garbage.v4
cat > quotes.v4 <<'EOF2'
*filter
:INPUT ACCEPT [0:0]
-A INPUT -m comment --comment "x \" y" -j ACCEPT
-A INPUT -m comment --comment 'single q' -j DROP
COMMIT
EOF2
iptables-restore < quotes.v4
cat > table-option.v4 <<'EOF2'
*filter
-t nat -A INPUT -j ACCEPT
COMMIT
EOF2
iptables-restore < table-option.v4
cat > chains.v4 <<'EOF2'
*filter
:INPUT BOGUS [0:0]
COMMIT
EOF2
iptables-restore < chains.v4
cat > loop.v4 <<'EOF2'
*filter
:A - [0:0]
:B - [0:0]
-A A -j B
-A B -j A
-A INPUT -j A
COMMIT
EOF2
iptables-restore < loop.v4
cat > noflush.v4 <<'EOF2'
*filter
:USERX ACCEPT [0:0]
:INPUT - [0:0]
-N BAZ
-I INPUT -s 8.8.8.8 -j BAZ
COMMIT
EOF2
iptables-restore --noflush < noflush.v4
iptables -S
cat > counters.v4 <<'EOF2'
*filter
:INPUT ACCEPT [0:0]
[1:2]-A INPUT -j ACCEPT
[3:4 -A INPUT -j ACCEPT
COMMIT
EOF2
iptables-restore -c < counters.v4
iptables-restore -T nat < good.v4
iptables-save
