# world: bare
# dockerd --icc=false (Docker 29 in the bare world): containers on docker0 cannot talk to each other
# (br_netfilter sends their bridged packets through FORWARD), yet still reach the internet.
dockerd --icc=false --userland-proxy=false &
docker run -d --name a nginx
docker run -d --name b alpine sleep infinity
docker exec b ping -c 1 -W 1 172.17.0.2
docker exec b ping -c 1 198.18.0.7
iptables -L DOCKER-FORWARD -n -v -x
iptables -S
