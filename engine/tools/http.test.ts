// Responses are nginx 1.22.1's, header for header; curl 7.88.1 read them from a replica of this
// server in real namespaces (see curl.test.ts).
import { describe, expect, it } from "vitest";
import { createWorldState } from "../world";
import { httpAnswer, httpDate, httpListener } from "./http";

const DATE = "Date: Thu, 26 Nov 2026 18:00:00 GMT\r\n";
const GET = "GET / HTTP/1.1\r\nHost: 10.78.0.2\r\nUser-Agent: curl/7.88.1\r\nAccept: */*\r\n\r\n";

const PAGE =
  "<!DOCTYPE html>\n<html>\n<head><title>internet</title></head>\n<body>\n<h1>internet</h1>\n" +
  "<p>This is internet, answering http://10.78.0.2/</p>\n</body>\n</html>\n";

const errorPage = (status: string) =>
  `<html>\r\n<head><title>${status}</title></head>\r\n<body>\r\n<center><h1>${status}</h1></center>\r\n` +
  "<hr><center>nginx/1.22.1</center>\r\n</body>\r\n</html>\r\n";

const head = (status: string, length: number, connection = "keep-alive") =>
  `HTTP/1.1 ${status}\r\nServer: nginx/1.22.1\r\n${DATE}Content-Type: text/html\r\n` +
  `Content-Length: ${length}\r\nConnection: ${connection}\r\n\r\n`;

describe("httpAnswer", () => {
  const answer = httpAnswer(createWorldState(), "internet");

  it("serves the default page, naming the server and the URL asked for", () => {
    expect(answer(GET)).toBe(head("200 OK", 154) + PAGE);
    expect(answer(GET.replace("GET /", "GET /index.html"))).toContain(
      "answering http://10.78.0.2/index.html",
    );
  });

  it("answers HEAD with the head alone, unknown paths with nginx's 404 page", () => {
    expect(answer(GET.replace("GET", "HEAD"))).toBe(head("200 OK", 154));
    expect(answer(GET.replace("GET /", "GET /x"))).toBe(
      head("404 Not Found", 153) + errorPage("404 Not Found"),
    );
  });

  it("waits for the end of the head, and answers each request of a kept-alive connection", () => {
    expect(answer("GET / HTTP/1.1\r\nHost: a\r\n")).toBeUndefined();
    expect(answer(GET + GET.replace("GET /", "GET /x"))).toContain("404 Not Found");
  });

  it("refuses at once what cannot start a request line, as a TLS ClientHello", () => {
    const badRequest = head("400 Bad Request", 157, "close") + errorPage("400 Bad Request");
    expect(answer("\x16\x03\x01\x02\x00\x01")).toBe(badRequest);
    expect(answer("hello\r\n\r\n")).toBe(badRequest);
  });

  it("serves a given body, dated by the virtual clock", () => {
    const world = createWorldState();
    world.clock += 90061000;
    const listener = httpListener(world, "web", 8080, "hello\n");
    expect(listener).toMatchObject({
      kind: "listen",
      proto: 6,
      addr: 0,
      port: 8080,
      owner: "web",
      keep: true,
    });
    expect(listener.answer!(GET)).toBe(
      "HTTP/1.1 200 OK\r\nServer: nginx/1.22.1\r\nDate: Fri, 27 Nov 2026 19:01:01 GMT\r\n" +
        "Content-Type: text/html\r\nContent-Length: 6\r\nConnection: keep-alive\r\n\r\nhello\n",
    );
  });
});

describe("httpDate", () => {
  it("is RFC 7231's IMF-fixdate", () => {
    expect(httpDate(Date.UTC(2027, 0, 3, 4, 5, 6))).toBe("Sun, 03 Jan 2027 04:05:06 GMT");
  });
});
