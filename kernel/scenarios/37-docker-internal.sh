# world: docker
# An --internal network: its containers reach each other but nothing outside the subnet, and nothing
# outside reaches in.
docker network create --internal vault
docker run -d --name safe --network vault redis
docker run -d --name peer --network vault alpine sleep infinity
docker exec peer nc -zv -w 1 172.18.0.2 6379
docker exec peer ping -c 1 -W 1 198.18.0.7
ping -c 1 -W 1 172.18.0.2
iptables -S
iptables -L DOCKER-INTERNAL -n -v -x
