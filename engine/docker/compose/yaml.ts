/**
 * The YAML a compose file uses: block mappings and sequences by indentation, plain and quoted
 * scalars, `[a, b]` flow sequences, comments. Scalars stay strings (compose reads ports and
 * versions as text); an empty value is null. Anchors, multi-line scalars and flow mappings are
 * refused with the line they are on.
 */
export type Yaml = string | null | Yaml[] | { [key: string]: Yaml };

export class YamlError extends Error {}

interface Line {
  readonly indent: number;
  readonly text: string;
  readonly number: number;
}

function stripComment(text: string): string {
  let quote = "";
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quote) {
      if (ch === quote) quote = "";
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === "#" && (i === 0 || /\s/.test(text[i - 1]!))) return text.slice(0, i).trimEnd();
  }
  return text.trimEnd();
}

function scalar(text: string, line: number): Yaml {
  const t = text.trim();
  if (t === "" || t === "~" || t === "null") return null;
  if (t.startsWith('"') && t.endsWith('"') && t.length >= 2) return JSON.parse(t) as string;
  if (t.startsWith("'") && t.endsWith("'") && t.length >= 2) return t.slice(1, -1).replace(/''/g, "'");
  if (t.startsWith("[") && t.endsWith("]"))
    return t.slice(1, -1).trim() === ""
      ? []
      : t
          .slice(1, -1)
          .split(",")
          .map((part) => scalar(part, line));
  if (/^[&*!|>{]/.test(t)) throw new YamlError(`line ${line}: unsupported YAML: ${t}`);
  return t;
}

/** `key: value` → [key, value]; a colon must be followed by a space or end the line. */
function splitKey(text: string): [string, string] | undefined {
  const m = /^("[^"]*"|'[^']*'|[^:#][^:]*?)\s*:(\s+(.*))?$/.exec(text);
  if (!m) return undefined;
  return [String(scalar(m[1]!, 0)), m[3] ?? ""];
}

class Parser {
  i = 0;
  constructor(readonly lines: Line[]) {}

  node(indent: number): Yaml {
    const line = this.lines[this.i];
    if (!line || line.indent < indent) return null;
    return line.text.startsWith("- ") || line.text === "-"
      ? this.sequence(line.indent)
      : this.mapping(line.indent);
  }

  sequence(indent: number): Yaml[] {
    const items: Yaml[] = [];
    for (
      let line = this.lines[this.i];
      line && line.indent === indent && (line.text.startsWith("- ") || line.text === "-");
      line = this.lines[this.i]
    ) {
      const rest = line.text.slice(1).trimStart();
      if (rest === "") {
        this.i++;
        items.push(this.node(indent + 1));
      } else if (splitKey(rest) && !/^["']/.test(rest)) {
        // "- key: value" opens a mapping whose keys line up with "key".
        const inner = indent + line.text.length - rest.length;
        this.lines[this.i] = { indent: inner, text: rest, number: line.number };
        items.push(this.mapping(inner));
      } else {
        this.i++;
        items.push(scalar(rest, line.number));
      }
    }
    return items;
  }

  mapping(indent: number): { [key: string]: Yaml } {
    const map: { [key: string]: Yaml } = {};
    for (
      let line = this.lines[this.i];
      line && line.indent === indent && !line.text.startsWith("- ");
      line = this.lines[this.i]
    ) {
      const pair = splitKey(line.text);
      if (!pair) throw new YamlError(`line ${line.number}: could not find expected ':'`);
      this.i++;
      const [key, rest] = pair;
      const next = this.lines[this.i];
      if (rest !== "") map[key] = scalar(rest, line.number);
      else if (next && next.indent > indent) map[key] = this.node(next.indent);
      else if (next && next.indent === indent && next.text.startsWith("- ")) map[key] = this.sequence(indent);
      else map[key] = null;
    }
    const stray = this.lines[this.i];
    if (stray && stray.indent > indent)
      throw new YamlError(`line ${stray.number}: mapping values are not allowed in this context`);
    return map;
  }
}

export function parseYaml(text: string): Yaml {
  const lines: Line[] = [];
  text.split("\n").forEach((raw, n) => {
    const body = stripComment(raw.replace(/\t/g, "    "));
    if (body.trim() === "" || body.trim() === "---") return;
    lines.push({ indent: body.length - body.trimStart().length, text: body.trim(), number: n + 1 });
  });
  const parser = new Parser(lines);
  const root = parser.node(0);
  if (parser.i < lines.length)
    throw new YamlError(`line ${lines[parser.i]!.number}: did not find expected key`);
  return root;
}
