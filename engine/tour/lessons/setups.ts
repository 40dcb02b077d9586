import type { CommandLine } from "../lesson";

/** Setup lines several lessons share: the article's caddy service, written and started as it did. */

const COMPOSE_FILE = `cat > docker-compose.yml <<'EOF'
version: "3.3"
services:
  caddy:
    image: "caddy:2.2.1-alpine"
    container_name: "caddy"
    command: caddy file-server --browse --root /data/static
    ports:
      - "8081:80"
    networks:
    - caddy-1

networks:
  caddy-1:
EOF`;

export const COMPOSE_CADDY: readonly CommandLine[] = [
  { line: COMPOSE_FILE },
  { line: "docker-compose up -d" },
];

/** caddy on its own network with 8081 published, and debian on docker0: the newer Dockers' lessons. */
export const CADDY_AND_DEBIAN: readonly CommandLine[] = [
  { line: "docker network create caddy-1" },
  { line: "docker run -d --name caddy --network caddy-1 -p 8081:80 caddy" },
  { line: "docker run -d --name debian debian sleep 1000000" },
];

export const LAPTOP_CURL_8081: CommandLine = {
  line: "ip netns exec laptop curl -s -m 2 -o /dev/null -w '%{http_code}\\n' http://192.168.31.228:8081/",
};
