/** What can be imported into a namespace, and the command lines that do it. */
export type ImportKind = "iptables-save" | "compose";

/** A delimiter no line of the body is equal to, so the heredoc ends where the body does. */
function delimiterFor(lines: readonly string[]): string {
  let delimiter = "EOF";
  for (let n = 1; lines.includes(delimiter); n++) delimiter = `EOF${n}`;
  return delimiter;
}

/** `cat > FILE <<'EOF'` with the text verbatim (a quoted delimiter: nothing in it is expanded). */
export function heredoc(file: string, text: string): string {
  const lines = text.replaceAll("\r\n", "\n").replace(/\n+$/, "").split("\n");
  const delimiter = delimiterFor(lines);
  return [`cat > ${file} <<'${delimiter}'`, ...lines, delimiter].join("\n");
}

/**
 * The commands that import a file: an `iptables-save` dump is written to rules.v4 and restored with
 * `iptables-restore`; a compose file is written to compose.yml and brought up.
 */
export function importCommands(kind: ImportKind, text: string): string[] {
  if (kind === "iptables-save") return [heredoc("rules.v4", text), "iptables-restore < rules.v4"];
  return [heredoc("compose.yml", text), "docker compose -f compose.yml up -d"];
}
