# world: bare
# Hairpin NAT with the userland proxy off (Docker 29 started in the bare world): a container reaches
# its own published port through the host's address, and the host reaches it through 127.0.0.1 (the
# route_localnet and LOCAL-source MASQUERADE rules); no docker-proxy runs.
dockerd --userland-proxy=false &
docker run -d --name web -p 8080:80 nginx
docker exec web curl -s -o /dev/null -w '%{http_code}\n' http://192.168.31.228:8080/
curl -s -o /dev/null -w '%{http_code}\n' http://127.0.0.1:8080/
ip netns exec laptop curl -s -o /dev/null -w '%{http_code}\n' http://192.168.31.228:8080/
conntrack -L -p tcp
iptables -t nat -L -n -v -x
