/** What -w can name about a finished transfer. */
export interface WriteOutFacts {
  readonly httpCode: number;
  readonly remoteIp: string;
  readonly remotePort: number;
  readonly localIp: string;
  readonly localPort: number;
  readonly sizeDownload: number;
  readonly sizeHeader: number;
  readonly urlEffective: string;
  readonly exitcode: number;
  readonly errormsg: string;
  readonly contentType: string;
  readonly numConnects: number;
}

const VARIABLES: Readonly<Record<string, (f: WriteOutFacts) => string | number>> = {
  http_code: (f) => String(f.httpCode).padStart(3, "0"),
  response_code: (f) => String(f.httpCode).padStart(3, "0"),
  remote_ip: (f) => f.remoteIp,
  remote_port: (f) => f.remotePort,
  local_ip: (f) => f.localIp,
  local_port: (f) => f.localPort,
  size_download: (f) => f.sizeDownload,
  size_header: (f) => f.sizeHeader,
  url_effective: (f) => f.urlEffective,
  exitcode: (f) => f.exitcode,
  errormsg: (f) => f.errormsg,
  content_type: (f) => f.contentType,
  num_connects: (f) => f.numConnects,
};

const ESCAPES: Readonly<Record<string, string>> = { n: "\n", r: "\r", t: "\t" };

/**
 * ourWriteOut: `%{name}` variables, `%%`, and the escapes \n \r \t; any other `%x` or `\x` is
 * printed as it stands. Returns what goes to stdout and the complaints for stderr.
 */
export function writeOut(format: string, facts: WriteOutFacts): { out: string; err: string } {
  let out = "";
  let err = "";
  for (let i = 0; i < format.length; i++) {
    const c = format[i]!;
    const next = format[i + 1];
    if (c === "%" && next === "%") {
      out += "%";
      i++;
    } else if (c === "%" && next === "{" && format.indexOf("}", i) > 0) {
      const close = format.indexOf("}", i);
      const name = format.slice(i + 2, close);
      const variable = VARIABLES[name];
      if (variable) out += String(variable(facts));
      else err += `curl: unknown --write-out variable: '${name}'\n`;
      i = close;
    } else if (c === "\\" && next !== undefined) {
      out += ESCAPES[next] ?? `\\${next}`;
      i++;
    } else if (c === "%" && next !== undefined) {
      out += `%${next}`;
      i++;
    } else out += c;
  }
  return { out, err };
}
