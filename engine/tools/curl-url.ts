/** A URL as curl takes it apart: http and https only, the playground's web being plain HTTP. */
export interface CurlUrl {
  readonly scheme: "http" | "https";
  readonly host: string;
  readonly port: number;
  /** Path and query, as the request line carries them. */
  readonly path: string;
  /** The Host header: the host, and the port when it is not the scheme's. */
  readonly authority: string;
  /** %{url_effective}: the URL with its scheme and path filled in. */
  readonly effective: string;
}

/** A failure as curl reports it: its CURLcode and message, or a playground refusal. */
export type UrlError = { readonly code: number; readonly message: string } | { readonly unsupported: string };

const DEFAULT_PORT = { http: 80, https: 443 } as const;

/** The protocols curl 7.88.1 was built with here, beyond HTTP(S): real, but not modelled. */
const OTHER_PROTOCOLS = new Set(
  "dict file ftp ftps gopher gophers imap imaps ldap ldaps mqtt pop3 pop3s rtmp rtsp scp sftp smb smbs smtp smtps telnet tftp".split(
    " ",
  ),
);

const BAD_URL: UrlError = { code: 3, message: "URL using bad/illegal format or missing URL" };

export function parseCurlUrl(text: string): CurlUrl | UrlError {
  const schemeMatch = /^([a-zA-Z][a-zA-Z0-9+.-]*):\/\//.exec(text);
  const scheme = schemeMatch ? schemeMatch[1]!.toLowerCase() : "http";
  const rest = schemeMatch ? text.slice(schemeMatch[0].length) : text;
  if (scheme !== "http" && scheme !== "https") {
    return OTHER_PROTOCOLS.has(scheme)
      ? { unsupported: `curl: the ${scheme} protocol is not supported by the playground\n` }
      : { code: 1, message: `Protocol "${schemeMatch![1]}" not supported or disabled in libcurl` };
  }
  const end = rest.search(/[/?#]/);
  const hostPort = end < 0 ? rest : rest.slice(0, end);
  const tail = (end < 0 ? "" : rest.slice(end)).replace(/#.*/, "");
  const path = tail.startsWith("/") ? tail : `/${tail}`;
  const m = /^([^:]+)(?::(\d*))?$/.exec(hostPort);
  if (!m) return BAD_URL;
  const host = m[1]!;
  const typedPort = m[2] ? Number(m[2]) : undefined;
  if (typedPort !== undefined && typedPort > 65535) return BAD_URL;
  const port = typedPort ?? DEFAULT_PORT[scheme];
  const authority = port === DEFAULT_PORT[scheme] ? host : `${host}:${port}`;
  const effective = `${scheme}://${typedPort === undefined ? host : `${host}:${typedPort}`}${path}`;
  return { scheme, host, port, path, authority, effective };
}
