# world: bare
# The udp match: a port range, a source port, inversions, and a datagram to a closed port answered
# with port unreachable. The listener writes to a file: a background job's output lands, on the
# kernel, in the transcript of the line that started it.
nc -u -l 5005 > got &
iptables -A INPUT -p udp --dport 5000:5010 --sport 40000 -j ACCEPT
iptables -A INPUT -p udp ! --dport 5000:5010 -j DROP
iptables -A INPUT -p udp -j ACCEPT
echo one | ip netns exec laptop nc -u -w 1 -p 40000 192.168.31.228 5005
echo two | ip netns exec laptop nc -u -w 1 -p 40001 192.168.31.228 5006
echo three | ip netns exec laptop nc -u -w 1 192.168.31.228 6000
iptables -L INPUT -n -v -x
cat got
iptables-save -t filter
