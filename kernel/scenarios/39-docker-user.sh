# world: docker
# DOCKER-USER: rules there run before Docker's; here the laptop may not reach the published port,
# the host still may, and the chain's counters show both.
docker run -d --name web -p 8080:80 nginx
iptables -I DOCKER-USER -s 192.168.31.50 -p tcp --dport 80 -j REJECT --reject-with tcp-reset
iptables -I DOCKER-USER -m conntrack --ctstate RELATED,ESTABLISHED -j RETURN
ip netns exec laptop nc -zv -w 1 192.168.31.228 8080
ip netns exec router curl -s -o /dev/null -w '%{http_code}\n' http://192.168.31.228:8080/
iptables -L DOCKER-USER -n -v -x
iptables -L FORWARD -n -v -x
iptables -S DOCKER-USER
