/** The TCP ports tcpdump decodes as HTTP (print-tcp.c: HTTP, HTTP-alt). */
export const HTTP_PORTS: ReadonlySet<number> = new Set([80, 8080]);

/** print-http.c's httpcmds: the request methods that make tcpdump show a request line. */
const HTTP_METHODS = new Set([
  "GET",
  "PUT",
  "COPY",
  "DELETE",
  "HEAD",
  "LINK",
  "LOCK",
  "MKCOL",
  "MOVE",
  "OPTIONS",
  "POST",
  "PROPFIND",
  "PROPPATCH",
  "TRACE",
  "UNLINK",
  "UNLOCK",
]);

const isPrint = (c: string) => c >= " " && c <= "~";

/**
 * print_txt_line: the first line, when it is printable text ending in LF or CR LF; a line the
 * segment cuts short prints with tcpdump's truncation mark.
 */
function firstLine(data: string): string | undefined {
  for (let i = 0; i < data.length; i++) {
    const c = data[i]!;
    if (c === "\n") return data.slice(0, i);
    if (c === "\r") return data[i + 1] === "\n" ? data.slice(0, i) : undefined;
    if (!isPrint(c) && c !== "\t") return undefined;
  }
  return `${data} [|http]`;
}

/**
 * txtproto_print without -v: `: HTTP`, then `: ` and the first line if it is a request (a known
 * method) or a status line (a three-digit second word).
 */
export function httpText(data: string): string {
  const [first = "", second = ""] = data.split(/[ \r\n]/, 2);
  const known = HTTP_METHODS.has(first) || (/^\d{3}$/.test(second) && data.startsWith(`${first} ${second}`));
  const line = known ? firstLine(data) : undefined;
  return line === undefined ? ": HTTP" : `: HTTP: ${line}`;
}
