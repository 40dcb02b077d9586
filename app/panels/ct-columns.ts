/** A `conntrack -L` line cut into the columns of the Conntrack tab; the text is the tool's own. */
export interface CtColumns {
  readonly proto: string;
  readonly timeout: string;
  /** TCP's state, "" for other protocols. */
  readonly state: string;
  readonly original: string;
  readonly reply: string;
  /** [UNREPLIED], [ASSURED]. */
  readonly flags: string;
  readonly mark: string;
}

export function ctColumns(line: string): CtColumns {
  const [proto = "", , timeout = "", ...rest] = line.trim().split(/\s+/);
  const state = rest[0] && !rest[0].includes("=") ? rest.shift()! : "";
  const tuples: string[][] = [];
  const flags: string[] = [];
  let mark = "";
  for (const token of rest) {
    if (token.startsWith("src=")) tuples.push([token]);
    else if (token.startsWith("[")) flags.push(token);
    else if (token.startsWith("mark=")) mark = token;
    else if (!token.startsWith("use=")) tuples.at(-1)?.push(token);
  }
  return {
    proto,
    timeout,
    state,
    original: tuples[0]?.join(" ") ?? "",
    reply: tuples[1]?.join(" ") ?? "",
    flags: flags.join(" "),
    mark,
  };
}
