// `docker port` (naturally sorted, one port or all) and the PORTS column of `docker ps`
// (DisplayablePorts: ranges grouped, ports published on another number last). A port published
// with no host address is bound on 0.0.0.0 and on :: (the host has IPv6 on lo).
import { describe, expect, it } from "vitest";
import { createWorld } from "../../scenario/worlds";
import { run, traced } from "../testing";

function world() {
  const w = createWorld("docker");
  run(w, "docker run -d --name t -p 8080:80 -p 5353:53/udp -p 127.0.0.1:9000:9000 -p 10080:80 busybox top");
  return w;
}

describe("docker port", () => {
  it("lists every binding, naturally sorted", () => {
    expect(run(world(), "docker port t")).toBe(`53/udp -> 0.0.0.0:5353
53/udp -> [::]:5353
80/tcp -> 0.0.0.0:8080
80/tcp -> 0.0.0.0:10080
80/tcp -> [::]:8080
80/tcp -> [::]:10080
9000/tcp -> 127.0.0.1:9000
`);
  });

  it("gives one port's host addresses, tcp unless told", () => {
    const w = world();
    expect(run(w, "docker port t 80")).toBe("0.0.0.0:8080\n0.0.0.0:10080\n[::]:8080\n[::]:10080\n");
    expect(run(w, "docker port t 53/udp")).toBe("0.0.0.0:5353\n[::]:5353\n");
    expect(run(w, "docker port t 9000/")).toBe("127.0.0.1:9000\n");
    expect(traced(w, "docker port t 53")).toMatchObject({
      output: "Error: No public port '53' published for t\n",
      status: 1,
    });
    expect(traced(w, "docker port t x").output).toBe(
      'Error: invalid port (x): strconv.ParseUint: parsing "x": invalid syntax\n',
    );
  });

  it("prints nothing for a stopped container", () => {
    const w = world();
    run(w, "docker stop t");
    expect(run(w, "docker port t")).toBe("");
  });
});

describe("docker ps PORTS", () => {
  it("groups same-number and exposed ports into ranges before the other mappings", () => {
    const w = world();
    run(w, "docker run -d --name c -p 8081:80 caddy\ndocker run -d --name r -p 8000-8002:8000-8002 redis");
    expect(run(w, "docker ps --format '{{.Names}}: {{.Ports}}'"))
      .toBe(`r: 6379/tcp, 0.0.0.0:8000-8002->8000-8002/tcp, [::]:8000-8002->8000-8002/tcp
c: 443/tcp, 2019/tcp, 443/udp, 0.0.0.0:8081->80/tcp, [::]:8081->80/tcp
t: 127.0.0.1:9000->9000/tcp, 0.0.0.0:5353->53/udp, [::]:5353->53/udp, 0.0.0.0:8080->80/tcp, 0.0.0.0:10080->80/tcp, [::]:8080->80/tcp, [::]:10080->80/tcp
`);
  });
});

describe("compose services", () => {
  it("start on every network they name; stdin_open keeps a shell running, a bare one exits", () => {
    const w = createWorld("docker");
    w.files.set(
      "compose.yaml",
      `services:
  web:
    image: nginx
    networks: [front, back]
  shell:
    image: alpine
    networks: [back]
  term:
    image: alpine
    stdin_open: true
    networks: [back]
networks:
  front:
  back:
`,
    );
    run(w, "docker compose -p app up -d");
    expect(run(w, "docker ps -a --format '{{.Names}} {{.State}} {{.Networks}}'"))
      .toBe(`app-term-1 running app_back
app-shell-1 exited 
app-web-1 running app_back,app_front
`);
  });
});
