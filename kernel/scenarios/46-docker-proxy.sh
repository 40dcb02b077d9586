# world: docker
# docker-proxy (the userland proxy, on by default): the host reaches a published port through
# 127.0.0.1, which no DNAT rule serves, so the proxy relays it and the container sees the gateway as
# its client. The lab runs a Python relay in the proxy's place.
docker run -d --name web -p 8080:80 nginx
curl -s -o /dev/null -w '%{http_code}\n' http://127.0.0.1:8080/
curl -s -o /dev/null -w '%{http_code}\n' http://192.168.31.228:8080/
conntrack -L -p tcp
iptables -t nat -L DOCKER -n -v -x
