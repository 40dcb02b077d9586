/**
 * ↑/↓ through a namespace's history, as readline does: ↑ from the line being typed keeps it, and ↓
 * past the newest command brings it back.
 */
export class HistoryCursor {
  private at: number;
  private draft = "";

  constructor(private readonly commands: readonly string[]) {
    this.at = commands.length;
  }

  /** The older command, or undefined at the oldest. */
  previous(current: string): string | undefined {
    if (this.at === 0) return undefined;
    if (this.at === this.commands.length) this.draft = current;
    return this.commands[--this.at];
  }

  /** The newer command, the draft after the newest, or undefined when already there. */
  next(): string | undefined {
    if (this.at >= this.commands.length) return undefined;
    this.at++;
    return this.at === this.commands.length ? this.draft : this.commands[this.at];
  }
}
