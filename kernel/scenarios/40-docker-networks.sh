# world: docker
# Docker 29 user networks: a subnet of one's own, a container on two networks (docker network
# connect), isolation between bridges, and the rules of each network listed.
docker network create --subnet 10.10.0.0/24 blue
docker network create green
docker run -d --name b1 --network blue nginx
docker run -d --name g1 --network green alpine sleep infinity
docker exec g1 ping -c 1 -W 1 10.10.0.2
docker network connect blue g1
docker exec g1 ping -c 1 -W 1 10.10.0.2
docker exec g1 ip route
docker exec b1 ping -c 1 198.18.0.7
iptables -S
iptables -t nat -S POSTROUTING
ip route
