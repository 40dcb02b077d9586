# world: docker-28
# Docker 28: two user networks are isolated from each other (DOCKER-ISOLATION stages), containers on
# one network reach each other and the internet, and a published port answers the LAN.
docker network create front
docker network create back
docker run -d --name web --network front -p 8080:80 nginx
docker run -d --name db --network back redis
docker run -d --name app --network front alpine sleep infinity
docker exec app ping -c 1 -W 1 172.18.0.2
docker exec app ping -c 1 -W 1 172.19.0.2
docker exec app ping -c 1 198.18.0.7
ip netns exec laptop curl -s -o /dev/null -w '%{http_code}\n' http://192.168.31.228:8080/
iptables -L -n -v -x
iptables -t nat -S
iptables -t raw -S
