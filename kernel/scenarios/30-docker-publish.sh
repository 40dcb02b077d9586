# world: docker
# Docker 29: a published port reached from the LAN, and a container reaching the internet through
# MASQUERADE. docker-proxy is a stand-in (a Python relay); here every connection is DNATed before
# it could reach it.
docker run -d --name web -p 8080:80 nginx
ip netns exec laptop curl -s -o /dev/null -w '%{http_code} %{remote_ip}\n' http://192.168.31.228:8080/
docker exec web ping -c 1 198.18.0.7
conntrack -L
iptables -t nat -L -n -v -x
iptables -S
