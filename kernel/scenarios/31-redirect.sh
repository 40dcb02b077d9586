# world: bare
# REDIRECT sends the laptop's connections to port 80 of any address through the router to a listener
# on the router itself; and a local REDIRECT in nat OUTPUT.
ip netns exec router iptables -t nat -A PREROUTING -i br-lan -p tcp --dport 80 -j REDIRECT --to-ports 3128
ip netns exec router nc -l -k 3128 > got &
iptables -t nat -A OUTPUT -p tcp -d 192.0.2.1 --dport 25 -j REDIRECT --to-ports 2525
nc -l 2525 > mail &
ip netns exec laptop nc -w 1 198.18.5.130 80 <<'EOF'
hello proxy
EOF
echo helo | nc -w 1 192.0.2.1 25
ip netns exec router conntrack -L -p tcp
conntrack -L -p tcp
cat got mail
ip netns exec router iptables -t nat -L PREROUTING -n -v -x
iptables -t nat -L OUTPUT -n -v -x
