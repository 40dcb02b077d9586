import type { Listener } from "../stack/socket";
import type { World } from "../world";

/**
 * The playground's web server: it answers as nginx 1.22.1 (Debian 12) does with its default site,
 * one response per request head, the connection kept alive. `/` and `/index.html` serve the page,
 * other paths nginx's 404 page, and bytes that cannot begin a request line (a TLS ClientHello sent
 * to this plain-HTTP port) nginx's 400 page at once, which is what makes `curl https://` fail with
 * "wrong version number".
 */
const SERVER = "nginx/1.22.1";

const DAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const two = (n: number) => String(n).padStart(2, "0");

/** RFC 7231 IMF-fixdate: "Thu, 26 Nov 2026 18:00:00 GMT". */
export function httpDate(ms: number): string {
  const d = new Date(ms);
  const time = `${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())}`;
  return `${DAYS[d.getUTCDay()]}, ${two(d.getUTCDate())} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ${time} GMT`;
}

/** nginx's built-in error pages (ngx_http_special_response.c), with their CRLF line ends. */
function errorPage(status: string): string {
  return (
    `<html>\r\n<head><title>${status}</title></head>\r\n<body>\r\n` +
    `<center><h1>${status}</h1></center>\r\n<hr><center>${SERVER}</center>\r\n</body>\r\n</html>\r\n`
  );
}

/** The default page: it names the server and what the client asked for. */
function defaultPage(owner: string, host: string, path: string): string {
  return (
    `<!DOCTYPE html>\n<html>\n<head><title>${owner}</title></head>\n<body>\n<h1>${owner}</h1>\n` +
    `<p>This is ${owner}, answering http://${host}${path}</p>\n</body>\n</html>\n`
  );
}

function response(now: number, status: string, body: string, head: boolean, close = false): string {
  return (
    `HTTP/1.1 ${status}\r\nServer: ${SERVER}\r\nDate: ${httpDate(now)}\r\n` +
    `Content-Type: text/html\r\nContent-Length: ${body.length}\r\n` +
    `Connection: ${close ? "close" : "keep-alive"}\r\n\r\n${head ? "" : body}`
  );
}

/** A method token, then a space: what the start of a request line can be. */
const REQUEST_START = /^[A-Z]{0,20}( |$)/;
const REQUEST_LINE = /^([A-Z]+) (\S+) HTTP\/\d\.\d$/;

/**
 * The `answer` of an HTTP listener: given all a connection has received so far, the response to the
 * request head that has just been completed, or undefined while there is none to give.
 */
export function httpAnswer(
  world: World,
  owner: string,
  body?: string,
): (received: string) => string | undefined {
  return (received) => {
    if (!REQUEST_START.test(received.slice(0, 21)))
      return response(world.clock, "400 Bad Request", errorPage("400 Bad Request"), false, true);
    if (!received.endsWith("\r\n\r\n")) return undefined;
    const heads = received.split("\r\n\r\n");
    const lines = heads[heads.length - 2]!.split("\r\n");
    const request = REQUEST_LINE.exec(lines[0]!);
    if (!request) return response(world.clock, "400 Bad Request", errorPage("400 Bad Request"), false, true);
    const [, method, path] = request;
    const host = lines.find((l) => /^host:/i.test(l))?.replace(/^host:\s*/i, "") ?? "";
    const head = method === "HEAD";
    if (path !== "/" && path !== "/index.html")
      return response(world.clock, "404 Not Found", errorPage("404 Not Found"), head);
    return response(world.clock, "200 OK", body ?? defaultPage(owner, host, path!), head);
  };
}

/** A web server on TCP `port` of every address of its namespace; push it on `netns.sockets`. */
export function httpListener(world: World, owner: string, port: number, body?: string): Listener {
  return {
    kind: "listen",
    proto: 6,
    addr: 0,
    port,
    owner,
    keep: true,
    answer: httpAnswer(world, owner, body),
  };
}
