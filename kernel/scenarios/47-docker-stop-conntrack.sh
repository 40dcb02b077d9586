# world: docker
# dockerd's conntrack flushes (Docker 29): `docker run` deletes the UDP entries for a port it publishes
# (a datagram sent there before went to the host itself), and `docker stop` deletes the entries whose
# reply comes from or goes to the container. The masqueraded ping's reply goes to the host: it stays.
echo q | ip netns exec laptop nc -u -w 1 192.168.31.228 5353
conntrack -L -p udp
docker run -d --name web -p 8080:80 -p 5353:53/udp nginx
conntrack -L -p udp
ip netns exec laptop curl -s -o /dev/null -w '%{http_code} %{remote_ip}\n' http://192.168.31.228:8080/
docker exec web ping -c 1 198.18.0.7
conntrack -L
docker stop web
conntrack -L
