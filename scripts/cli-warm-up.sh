# The script scripts/build-cli.mjs runs once to make netplay's code cache: V8 saves the functions a run
# compiles, so a bit of everything people do with netplay (rules, restore, Docker, traffic, listings).
iptables -N WEB
iptables -A INPUT -i lo -j ACCEPT
iptables -A INPUT -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT
iptables -A INPUT -p tcp -m multiport --dports 22,80,443 -m comment --comment "open ports" -j WEB
iptables -A WEB -s 192.168.31.0/24 -p tcp --dport 22 -j ACCEPT
iptables -A WEB -p icmp --icmp-type echo-request -j ACCEPT
iptables -A WEB -j LOG --log-prefix "web: "
iptables -A WEB -p tcp -j REJECT --reject-with tcp-reset
iptables -t mangle -A PREROUTING -m iprange --src-range 10.0.0.1-10.0.0.9 -j MARK --set-mark 0x1
iptables -t raw -A PREROUTING -p udp --dport 53 -j CT --notrack
iptables -S
iptables -L -n -v --line-numbers
iptables -D WEB 1
iptables -A NOPE -j ACCEPT
iptables-restore --test <<'EOF'
*nat
:PREROUTING ACCEPT [0:0]
:INPUT ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:POSTROUTING ACCEPT [0:0]
:KUBE-MARK-MASQ - [0:0]
:KUBE-NODEPORTS - [0:0]
:KUBE-POSTROUTING - [0:0]
:KUBE-SERVICES - [0:0]
:KUBE-SVC-WARMUP - [0:0]
:KUBE-SEP-WARMUPA - [0:0]
:KUBE-SEP-WARMUPB - [0:0]
-A PREROUTING -m comment --comment "kubernetes service portals" -j KUBE-SERVICES
-A OUTPUT -m comment --comment "kubernetes service portals" -j KUBE-SERVICES
-A POSTROUTING -m comment --comment "kubernetes postrouting rules" -j KUBE-POSTROUTING
-A KUBE-MARK-MASQ -j MARK --set-xmark 0x4000/0x4000
-A KUBE-POSTROUTING -m mark ! --mark 0x4000/0x4000 -j RETURN
-A KUBE-POSTROUTING -j MARK --set-xmark 0x4000/0x0
-A KUBE-POSTROUTING -m comment --comment "kubernetes service traffic requiring SNAT" -j MASQUERADE --random-fully
-A KUBE-SERVICES -d 10.96.0.1/32 -p tcp -m comment --comment "default/kubernetes:https cluster IP" -m tcp --dport 443 -j KUBE-SVC-WARMUP
-A KUBE-NODEPORTS -p tcp -m comment --comment "default/web" -m tcp --dport 30080 -j KUBE-SVC-WARMUP
-A KUBE-SVC-WARMUP ! -s 10.244.0.0/16 -d 10.96.0.1/32 -p tcp -m comment --comment "default/kubernetes:https cluster IP" -m tcp --dport 443 -j KUBE-MARK-MASQ
-A KUBE-SVC-WARMUP -m comment --comment "default/kubernetes:https -> 10.244.0.2:6443" -m statistic --mode random --probability 0.50000000000 -j KUBE-SEP-WARMUPA
-A KUBE-SVC-WARMUP -m comment --comment "default/kubernetes:https -> 10.244.0.3:6443" -j KUBE-SEP-WARMUPB
-A KUBE-SEP-WARMUPA -s 10.244.0.2/32 -m comment --comment "default/kubernetes:https" -j KUBE-MARK-MASQ
-A KUBE-SEP-WARMUPA -p tcp -m comment --comment "default/kubernetes:https" -m tcp -j DNAT --to-destination 10.244.0.2:6443
-A KUBE-SEP-WARMUPB -s 10.244.0.3/32 -m comment --comment "default/kubernetes:https" -j KUBE-MARK-MASQ
-A KUBE-SEP-WARMUPB -p tcp -m comment --comment "default/kubernetes:https" -m tcp -j DNAT --to-destination 10.244.0.3:6443
COMMIT
EOF
docker network create web
docker run -d --name site --network web -p 8080:80 nginx
ip netns exec laptop curl -s -o /dev/null -w '%{http_code}\n' http://192.168.31.228:8080/
docker exec site ping -c 1 198.18.0.7
conntrack -L
iptables -t nat -L -n -v -x
iptables-save -c
ip route
docker ps
