# libxt_multiport (revision 1): up to 15 ports/ranges for --sports, --dports or --ports.
iptables -A INPUT -p tcp -m multiport --dports 80,443 -j ACCEPT
iptables -A INPUT -m multiport -p tcp --dports 22
iptables -A INPUT -p tcp -m multiport --sports 1000:2000,3000
iptables -A INPUT -p tcp -m multiport --ports 22,80
iptables -A INPUT -p tcp -m multiport ! --dports 80,443
iptables -A INPUT -p tcp -m multiport ! --sports 1:1023
iptables -A INPUT -p tcp -m multiport ! --ports 22,80:90
iptables -A INPUT -p tcp -m multiport --dports http,https
iptables -A INPUT -p tcp -m multiport --destination-ports ssh,http:https
iptables -A INPUT -p tcp -m multiport --source-ports 53
iptables -A INPUT -p tcp -m multiport --dport 25
iptables -A INPUT -p tcp -m multiport --dports 0x10,010
iptables -A INPUT -p tcp -m multiport --dports 1,2,3,4,5,6,7,8,9,10,11,12,13,14,15
iptables -A INPUT -p tcp -m multiport --dports 1,2,3,4,5,6,7,8,9,10,11,12,13,14:15
iptables -A INPUT -p tcp -m multiport --dports 1:2,3:4,5:6,7:8,9:10,11:12,13:14,15
iptables -A INPUT -p tcp -m multiport --dports 0:65535
iptables -A INPUT -p udp -m multiport --dports 53,123 -j ACCEPT
iptables -A INPUT -p udp -m multiport --sports domain,bootps:bootpc
iptables -A INPUT -p udp -m multiport --ports 53,1024:65535
iptables -A INPUT -p udplite -m multiport --sports 53,1024:65535
iptables -A INPUT -p sctp -m multiport --dports 53,5672
iptables -A INPUT -p sctp -m multiport --dports amqp
iptables -A INPUT -p dccp -m multiport --sports 53
iptables -A INPUT -p 6 -m multiport --sports 53
iptables -A INPUT -p 17 -m multiport --sports 53
iptables -A FORWARD -p tcp -m multiport --dports 80,443 -m multiport --sports 1024:65535 -j ACCEPT
iptables -S
iptables -L -n -v
iptables -L
iptables -L -v -x
iptables -L FORWARD -n --line-numbers
iptables -D INPUT -p tcp -m multiport --dports 80,443 -j ACCEPT
iptables -C INPUT -p tcp -m multiport --destination-ports 22
iptables -C INPUT -p tcp -m multiport --dports 23
iptables -S INPUT 1
# errors
iptables -A INPUT -p tcp -m multiport --dports 1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16
iptables -A INPUT -p tcp -m multiport --dports 1,2,3,4,5,6,7,8,9,10,11,12,13,14,15:16
iptables -A INPUT -p tcp -m multiport --dports 1:2,3:4,5:6,7:8,9:10,11:12,13:14,15,16
iptables -A INPUT -p tcp -m multiport --dports 1:2,3:4,5:6,7:8,9:10,11:12,13:14,15:16
iptables -A INPUT -p tcp -m multiport --dports 5:5
iptables -A INPUT -p tcp -m multiport --dports 6:5
iptables -A INPUT -p tcp -m multiport --dports 5:
iptables -A INPUT -p tcp -m multiport --dports :5
iptables -A INPUT -p tcp -m multiport --dports 1:2:3
iptables -A INPUT -p tcp -m multiport --dports 1,,2
iptables -A INPUT -p tcp -m multiport --dports 1,
iptables -A INPUT -p tcp -m multiport --dports ""
iptables -A INPUT -p tcp -m multiport --dports 65536
iptables -A INPUT -p tcp -m multiport --sports 1024:65536
iptables -A INPUT -p tcp -m multiport --dports -1
iptables -A INPUT -p tcp -m multiport --dports bogus,80
iptables -A INPUT -p udp -m multiport --dports ssh
iptables -A INPUT -p tcp -m multiport --dports domain
iptables -A INPUT -p tcp -m multiport --dports 80 --dports 81
iptables -A INPUT -p tcp -m multiport --dports 80 --destination-ports 81
iptables -A INPUT -p tcp -m multiport --sports 80 ! --sports 81
iptables -A INPUT -p tcp -m multiport --dports 80 --ports 81
iptables -A INPUT -p tcp -m multiport --ports 80 --sports 81
iptables -A INPUT -p tcp -m multiport --sports 80 --dports 81
iptables -A INPUT -p tcp -m multiport --dports 80 ! --sports 81
iptables -A INPUT -p tcp -m multiport --ports 80 --dports 81 --sports 82
iptables -A INPUT -p tcp -m multiport --dports bogus --sports 81
iptables -A INPUT -m multiport --dports 80
iptables -A INPUT -m multiport --dports 80 -p tcp
iptables -A INPUT -p all -m multiport --dports 80
iptables -A INPUT -p icmp -m multiport --dports 80
iptables -A INPUT -p gre -m multiport --dports 80
iptables -A INPUT ! -p tcp -m multiport --dports 80
iptables -A INPUT -p tcp -m multiport
iptables -A INPUT -m multiport
iptables -A INPUT -p tcp --multiport
iptables -A INPUT -p tcp -m multiport --dports
iptables -S INPUT
