import type { Lesson } from "../lesson";

export const laptopChallenge: Lesson = {
  id: "challenge-laptop",
  title: "Challenge: caddy yes, debian no",
  world: "docker",
  setup: [
    { line: "docker network create caddy-1" },
    { line: "docker run -d --name caddy --network caddy-1 -p 8081:80 caddy" },
    { line: "docker run -d --name debian -p 8082:80 debian sleep 1000000" },
    { line: "docker exec -d debian nc -lk -p 80" },
    { line: "iptables -I DOCKER-USER -i eth0 -j DROP" },
  ],
  text: [
    "Someone closed the host with one blunt rule: `iptables -I DOCKER-USER -i eth0 -j DROP`. Now nothing from the LAN reaches a container — and, less obviously, no container gets an answer from the internet either, since those answers also arrive on eth0 and pass through FORWARD.",
    "Change the rules so that the laptop can use caddy (published on 8081) but not the service in debian (published on 8082), and the containers can reach the internet again. When you think it is right, grade it: the playground replays your commands in a copy of this world and sends the packets below.",
  ],
  tasks: [],
  goal: {
    text: "Let the laptop reach caddy but not debian, and let the containers reach the internet.",
    probes: [
      {
        text: "laptop → 192.168.31.228:8081 (caddy) gets an answer",
        command: { line: "ip netns exec laptop curl -s -m 2 -o /dev/null http://192.168.31.228:8081/" },
        expect: "succeeds",
      },
      {
        text: "laptop → 192.168.31.228:8082 (debian) gets no connection",
        command: { line: "ip netns exec laptop nc -z -w 2 192.168.31.228 8082" },
        expect: "fails",
      },
      {
        text: "debian → 198.18.5.130:80 on the internet gets an answer",
        command: { line: "docker exec debian curl -s -m 2 -o /dev/null http://198.18.5.130/" },
        expect: "succeeds",
      },
    ],
    solution: [
      { line: "iptables -I DOCKER-USER -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT" },
      { line: "iptables -I DOCKER-USER 2 -p tcp -m conntrack --ctorigdstport 8081 -j ACCEPT" },
    ],
  },
};
