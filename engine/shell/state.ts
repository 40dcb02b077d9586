/** What a shell run remembers between command lines: its variables and `$?`. */
export interface ShellState {
  readonly vars: Map<string, string>;
  /** The exit status of the last command, which `$?` expands to. */
  status: number;
}

export function createShellState(): ShellState {
  return { vars: new Map(), status: 0 };
}
