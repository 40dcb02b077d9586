// Expected texts were recorded from curl 7.88.1 (Debian 12) in namespaces wired as test-world.ts
// wires them, against a server sending http.ts's exact responses. Without -o the body goes to the
// terminal, where curl shows no progress meter (recorded under script(1)); with -o it does. Times
// in messages are the virtual clock's; real ones vary by a few ms.
import { describe, expect, it } from "vitest";
import { httpListener } from "./http";
import { routedWorld, run } from "./test-world";

function withServer() {
  const world = routedWorld();
  world.netns
    .get("server")!
    .sockets.push(httpListener(world, "internet", 80), httpListener(world, "internet", 443));
  return world;
}

const PAGE =
  "<!DOCTYPE html>\n<html>\n<head><title>internet</title></head>\n<body>\n<h1>internet</h1>\n" +
  "<p>This is internet, answering http://10.78.0.2/</p>\n</body>\n</html>\n";
const HEAD_200 =
  "HTTP/1.1 200 OK\r\nServer: nginx/1.22.1\r\nDate: Thu, 26 Nov 2026 18:00:00 GMT\r\n" +
  "Content-Type: text/html\r\nContent-Length: 154\r\nConnection: keep-alive\r\n\r\n";
const NOT_FOUND =
  "HTTP/1.1 404 Not Found\r\nServer: nginx/1.22.1\r\nDate: Thu, 26 Nov 2026 18:00:00 GMT\r\n" +
  "Content-Type: text/html\r\nContent-Length: 153\r\nConnection: keep-alive\r\n\r\n" +
  "<html>\r\n<head><title>404 Not Found</title></head>\r\n<body>\r\n<center><h1>404 Not Found</h1></center>\r\n" +
  "<hr><center>nginx/1.22.1</center>\r\n</body>\r\n</html>\r\n";
const marked = (mark: string, head: string) =>
  head
    .split("\r\n")
    .slice(0, -1)
    .map((l) => `${mark}${l}\r\n`)
    .join("");
const REQUEST = "GET / HTTP/1.1\r\nHost: 10.78.0.2\r\nUser-Agent: curl/7.88.1\r\nAccept: */*\r\n\r\n";

const METER =
  "  % Total    % Received % Xferd  Average Speed   Time    Time     Time  Current\n" +
  "                                 Dload  Upload   Total   Spent    Left  Speed\n";
const ZERO = "\r  0     0    0     0    0     0      0      0 --:--:-- --:--:-- --:--:--     0";
const REFUSED = "curl: (7) Failed to connect to 10.78.0.2 port 81 after 0 ms: Couldn't connect to server\n";

describe("curl", () => {
  it("prints the body, and with -v the exchange around it", () => {
    const world = withServer();
    expect(run(world, "client", "curl http://10.78.0.2/")).toEqual({ text: PAGE, status: 0 });
    expect(run(world, "client", "curl 10.78.0.2").text).toBe(PAGE);
    expect(run(world, "client", "curl -v http://10.78.0.2/")).toEqual({
      text:
        "*   Trying 10.78.0.2:80...\n* Connected to 10.78.0.2 (10.78.0.2) port 80 (#0)\n" +
        marked("> ", REQUEST) +
        marked("< ", HEAD_200) +
        PAGE +
        "* Connection #0 to host 10.78.0.2 left intact\n",
      status: 0,
    });
  });

  it("shows the head with -i, sends HEAD with -I, and reaches a plain-HTTP server on 443 by http://", () => {
    const world = withServer();
    expect(run(world, "client", "curl -i http://10.78.0.2/x").text).toBe(NOT_FOUND);
    expect(run(world, "client", "curl -I http://10.78.0.2/").text).toBe(HEAD_200);
    expect(run(world, "client", "curl -s http://10.78.0.2:443/").text).toBe(
      PAGE.replace("http://10.78.0.2/", "http://10.78.0.2:443/"),
    );
  });

  it("writes -o FILE into the scenario's files and shows the progress meter", () => {
    const world = withServer();
    expect(run(world, "client", "curl -o out.html http://10.78.0.2/")).toEqual({
      text: `${METER}${ZERO}\r100   154  100   154    0     0  15400      0 --:--:-- --:--:-- --:--:-- 15400\n`,
      status: 0,
    });
    expect(world.files.get("out.html")).toBe(PAGE);
    expect(run(world, "client", "curl -o out.html -I http://10.78.0.2/").text).toBe(
      `${METER}${ZERO}\r  0   154    0     0    0     0      0      0 --:--:-- --:--:-- --:--:--     0\n`,
    );
    expect(run(world, "client", "curl -v -o out.html http://10.78.0.2/").text).toBe(
      `${METER}${ZERO}*   Trying 10.78.0.2:80...\n* Connected to 10.78.0.2 (10.78.0.2) port 80 (#0)\n` +
        marked("> ", REQUEST) +
        marked("< ", HEAD_200) +
        "{ [154 bytes data]\n" +
        "\r100   154  100   154    0     0  15400      0 --:--:-- --:--:-- --:--:-- 15400\n" +
        "* Connection #0 to host 10.78.0.2 left intact\n",
    );
  });

  it("reports a refused connection: silent with -s, the error with -S, the steps with -v", () => {
    const world = withServer();
    expect(run(world, "client", "curl http://10.78.0.2:81/")).toEqual({ text: REFUSED, status: 7 });
    expect(run(world, "client", "curl -s http://10.78.0.2:81/")).toEqual({ text: "", status: 7 });
    expect(run(world, "client", "curl -sS http://10.78.0.2:81/").text).toBe(REFUSED);
    expect(run(world, "client", "curl -o f http://10.78.0.2:81/").text).toBe(
      `${METER}${ZERO}${ZERO}\n${REFUSED}`,
    );
    expect(run(world, "client", "curl -v http://10.78.0.2:81/").text).toBe(
      "*   Trying 10.78.0.2:81...\n* connect to 10.78.0.2 port 81 failed: Connection refused\n" +
        "* Failed to connect to 10.78.0.2 port 81 after 0 ms: Couldn't connect to server\n" +
        `* Closing connection 0\n${REFUSED}`,
    );
    expect(world.files.has("f")).toBe(false);
  });

  it("reports what routers and firewalls answer", () => {
    const world = withServer();
    expect(run(world, "client", "curl -sv http://10.99.0.1/").text).toBe(
      "*   Trying 10.99.0.1:80...\n* connect to 10.99.0.1 port 80 failed: Network is unreachable\n" +
        "* Failed to connect to 10.99.0.1 port 80 after 0 ms: Couldn't connect to server\n* Closing connection 0\n",
    );
    run(world, "server", "iptables -A INPUT -p tcp --dport 80 -j REJECT --reject-with icmp-host-prohibited");
    expect(run(world, "client", "curl -sv http://10.78.0.2/")).toEqual({
      text:
        "*   Trying 10.78.0.2:80...\n* connect to 10.78.0.2 port 80 failed: No route to host\n" +
        "* Failed to connect to 10.78.0.2 port 80 after 0 ms: Couldn't connect to server\n* Closing connection 0\n",
      status: 7,
    });
  });

  it("cannot resolve an unknown name", () => {
    const world = withServer();
    expect(run(world, "client", "curl http://nosuch/")).toEqual({
      text: "curl: (6) Could not resolve host: nosuch\n",
      status: 6,
    });
    expect(run(world, "client", "curl -sv http://nosuch/").text).toBe(
      "* Could not resolve host: nosuch\n* Closing connection 0\n",
    );
    // The meter's first line is not ended: the error follows on it.
    expect(run(world, "client", "curl -o f http://nosuch/").text).toBe(
      `${METER}${ZERO}curl: (6) Could not resolve host: nosuch\n`,
    );
  });

  it("times out unanswered SYNs after -m or --connect-timeout, each with its own words", () => {
    const world = withServer();
    run(world, "server", "iptables -A INPUT -p tcp --dport 80 --syn -j DROP");
    let start = world.clock;
    expect(run(world, "client", "curl -m 2 http://10.78.0.2/")).toEqual({
      text: "curl: (28) Connection timed out after 2001 milliseconds\n",
      status: 28,
    });
    expect(world.clock - start).toBe(2000);
    expect(run(world, "client", "curl -sv --connect-timeout 2 http://10.78.0.2/").text).toBe(
      "*   Trying 10.78.0.2:80...\n* ipv4 connect timeout after 2000ms, move on!\n" +
        "* Failed to connect to 10.78.0.2 port 80 after 2001 ms: Timeout was reached\n* Closing connection 0\n",
    );
    expect(run(world, "client", "curl -sS --connect-timeout 3 -m 1 http://10.78.0.2/").text).toBe(
      "curl: (28) Connection timed out after 1001 milliseconds\n",
    );
    const second = (s: string) =>
      `\r  0     0    0     0    0     0      0      0 --:--:--  0:00:0${s} --:--:--     0`;
    expect(run(world, "client", "curl -m 2 -o f http://10.78.0.2/").text).toBe(
      `${METER}${ZERO}${second("1")}${second("2")}\ncurl: (28) Connection timed out after 2001 milliseconds\n`,
    );
    start = world.clock;
    expect(run(world, "client", "curl http://10.78.0.2/").text).toBe(
      "curl: (28) Failed to connect to 10.78.0.2 port 80 after 131000 ms: Couldn't connect to server\n",
    );
    expect(world.clock - start).toBe(131000);
    run(world, "client", "sysctl -qw net.ipv4.tcp_syn_retries=1");
    expect(run(world, "client", "curl -sS -m 5 http://10.78.0.2/").text).toBe(
      "curl: (28) Failed to connect to 10.78.0.2 port 80 after 3000 ms: Couldn't connect to server\n",
    );
  });

  it("reports a reset request, and waits out -m when it goes unanswered", () => {
    const world = withServer();
    run(
      world,
      "server",
      "iptables -A INPUT -p tcp --dport 80 --tcp-flags PSH PSH -j REJECT --reject-with tcp-reset",
    );
    expect(run(world, "client", "curl -sv http://10.78.0.2/")).toEqual({
      text:
        "*   Trying 10.78.0.2:80...\n* Connected to 10.78.0.2 (10.78.0.2) port 80 (#0)\n" +
        marked("> ", REQUEST) +
        "* Recv failure: Connection reset by peer\n* Closing connection 0\n",
      status: 56,
    });
    run(world, "server", "iptables -R INPUT 1 -p tcp --dport 80 --tcp-flags PSH PSH -j DROP");
    expect(run(world, "client", "curl -m 2 http://10.78.0.2/")).toEqual({
      text: "curl: (28) Operation timed out after 2001 milliseconds with 0 bytes received\n",
      status: 28,
    });
    // Without -m curl would wait for ever: it stops as Ctrl-C stops it.
    expect(run(world, "client", "curl http://10.78.0.2/")).toEqual({ text: "", status: 130 });
  });

  it("fails TLS against a plain-HTTP server, or one that stays silent", () => {
    const world = withServer();
    expect(run(world, "client", "curl https://10.78.0.2/")).toEqual({
      text: "curl: (35) OpenSSL/3.0.19: error:0A00010B:SSL routines::wrong version number\n",
      status: 35,
    });
    expect(run(world, "client", "curl -v https://10.78.0.2/").text).toBe(
      "*   Trying 10.78.0.2:443...\n* Connected to 10.78.0.2 (10.78.0.2) port 443 (#0)\n" +
        "* ALPN: offers h2,http/1.1\n* TLSv1.3 (OUT), TLS handshake, Client hello (1):\n" +
        "*  CAfile: /etc/ssl/certs/ca-certificates.crt\n*  CApath: /etc/ssl/certs\n" +
        "* OpenSSL/3.0.19: error:0A00010B:SSL routines::wrong version number\n* Closing connection 0\n" +
        "curl: (35) OpenSSL/3.0.19: error:0A00010B:SSL routines::wrong version number\n",
    );
    // A server that reads and never answers.
    world.netns
      .get("server")!
      .sockets.push({ kind: "listen", proto: 6, addr: 0, port: 8443, owner: "mute", keep: true });
    expect(run(world, "client", "curl -sSv -m 2 -o f https://10.78.0.2:8443/").text).toBe(
      "*   Trying 10.78.0.2:8443...\n* Connected to 10.78.0.2 (10.78.0.2) port 8443 (#0)\n" +
        "* ALPN: offers h2,http/1.1\n} [5 bytes data]\n* TLSv1.3 (OUT), TLS handshake, Client hello (1):\n" +
        "} [512 bytes data]\n*  CAfile: /etc/ssl/certs/ca-certificates.crt\n*  CApath: /etc/ssl/certs\n" +
        "* Connection timed out after 2001 milliseconds\n* Closing connection 0\n" +
        "curl: (28) Connection timed out after 2001 milliseconds\n",
    );
    const start = world.clock;
    expect(run(world, "client", "curl https://10.78.0.2:8443/").text).toBe(
      "curl: (28) SSL connection timeout\n",
    );
    expect(world.clock - start).toBe(300000);
  });

  it("prints -w after the transfer, and after the error", () => {
    const world = withServer();
    expect(
      run(
        world,
        "client",
        "curl -s --local-port 40000 -w '%{http_code} %{remote_ip}:%{remote_port} %{local_ip}:%{local_port} %{size_download} %{url_effective} %{exitcode} %{content_type}\\n' -o /dev/null http://10.78.0.2/",
      ).text,
    ).toBe("200 10.78.0.2:80 10.77.0.2:40000 154 http://10.78.0.2/ 0 text/html\n");
    expect(run(world, "client", "curl -sS -w 'code=%{http_code}\\n' http://10.78.0.2:81/").text).toBe(
      `${REFUSED}code=000\n`,
    );
    expect(run(world, "client", "curl -s -w '%{errormsg}|%{exitcode}\\n' http://10.78.0.2:81/").text).toBe(
      "Failed to connect to 10.78.0.2 port 81 after 0 ms: Couldn't connect to server|7\n",
    );
    expect(
      run(world, "client", "curl -I -s -w '%{size_download}|%{size_header}\\n' http://10.78.0.2/").text,
    ).toBe(`${HEAD_200}0|148\n`);
    expect(
      run(world, "client", "curl -s -o /dev/null -w '%{foo} %% 100%\\t%{http_code}\\\\n' http://10.78.0.2/")
        .text,
    ).toBe("curl: unknown --write-out variable: 'foo'\n % 100%\\t200\\\\n");
    expect(
      run(
        world,
        "client",
        "curl -s -o /dev/null -w '%{remote_ip}|%{local_port}|%{url_effective}\\n' http://nosuch:81/p",
      ).text,
    ).toBe("|0|http://nosuch:81/p\n");
  });
});

describe("curl arguments", () => {
  const TRY = "curl: try 'curl --help' or 'curl --manual' for more information\n";
  it.each([
    ["curl", TRY, 2],
    ["curl -m x http://10.78.0.2/", `curl: option -m: expected a proper numerical parameter\n${TRY}`, 2],
    ["curl -m -1 http://10.78.0.2/", `curl: option -m: expected a positive numerical parameter\n${TRY}`, 2],
    ["curl -sS --local-port x http://10.78.0.2/", `curl: option --local-port: is badly used here\n${TRY}`, 2],
    [
      "curl -sS --local-port 70000 http://10.78.0.2/",
      `curl: option --local-port: is badly used here\n${TRY}`,
      2,
    ],
    ["curl --frob http://10.78.0.2/", "curl: option --frob is not supported by the playground\n", 2],
    ["curl -7 http://10.78.0.2/", `curl: option -7: is unknown\n${TRY}`, 2],
    ["curl -o", `curl: option -o: requires parameter\n${TRY}`, 2],
    ["curl gopher2://10.78.0.2/", 'curl: (1) Protocol "gopher2" not supported or disabled in libcurl\n', 1],
    ["curl http://10.78.0.2:x/", "curl: (3) URL using bad/illegal format or missing URL\n", 3],
    ["curl -s http://", "", 3],
    ["curl ftp://10.78.0.2/", "curl: the ftp protocol is not supported by the playground\n", 1],
  ])("%s", (line, text, status) => {
    expect(run(withServer(), "client", line)).toEqual({ text, status });
  });
});
