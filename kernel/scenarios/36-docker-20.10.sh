# world: docker-20.10
# Docker 20.10: the default bridge with a published port reached from the LAN, a container's
# connection to the internet masqueraded, and the rules and counters it leaves.
docker run -d --name web -p 8080:80 nginx
docker run -d --name db redis
ip netns exec laptop curl -s -o /dev/null -w '%{http_code} %{remote_ip}\n' http://192.168.31.228:8080/
docker exec db curl -s -o /dev/null -w '%{http_code}\n' http://198.18.5.130/
docker exec db ping -c 1 172.17.0.2
conntrack -L -p tcp
iptables -L -n -v -x
iptables -t nat -L -n -v -x
