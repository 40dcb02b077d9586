import type { Terminal } from "@xterm/xterm";
import { splitCommands } from "../../engine/shell/complete-input";
import { call } from "../engine-client";
import { useTerminal, type TerminalEntry } from "../store";
import { useWorld } from "../world/store";
import { runCommand } from "./actions";
import { HistoryCursor } from "./history-cursor";
import { readKeys, takePastedLines, type Key } from "./keys";
import { commonPrefix, edit, EMPTY_LINE, insert, lineOf, replaceBefore, type EditLine } from "./line-editor";
import { promptFor } from "./prompt";
import { columnAfter, drawArea, eraseArea, toAreaEnd, type PromptArea } from "./prompt-area";
import { columns, dim, echo, output } from "./transcript";

/** bash's PS2, shown while a command waits for more lines. */
const PS2 = ">";

/**
 * One namespace's shell in an xterm: readline's line editing, history and completion at the prompt,
 * and, above it, every command run in the namespace (typed here or from a gesture) with its output,
 * in the order they ran. The screen follows the terminal store; commands go through runCommand.
 */
export class TerminalSession {
  private line: EditLine = EMPTY_LINE;
  /** Entered lines of a command that waits for more (a heredoc before its terminator). */
  private pending = "";
  /** Whether `pending` is on the screen (it is not when it was pasted while a command ran). */
  private pendingShown = false;
  /** The prompt area on the screen, if shown. */
  private area: PromptArea | undefined;
  /** The column where the next write starts. */
  private col = 0;
  /** Entries already on the screen: echoed, or echoed and printed. */
  private readonly printed = new Map<number, "echoed" | "done">();
  /** Commands typed here and already on the screen, until their entries begin. */
  private readonly typed: { readonly command: string }[] = [];
  private history: HistoryCursor | undefined;
  /** A Tab that could not complete: a second one lists the candidates. */
  private tabbed = false;
  /** Keys not read yet: they wait while a Tab's completion is on its way. */
  private readonly queued: Key[] = [];
  private completing = false;
  private readonly disposers: (() => void)[] = [];

  constructor(
    private readonly term: Terminal,
    private readonly netns: string,
    greeting = "",
  ) {
    this.write(greeting && `${dim(greeting)}\r\n\r\n`);
    const data = term.onData((text) => this.input(text));
    const resize = term.onResize(() => this.redraw());
    this.disposers.push(
      () => data.dispose(),
      () => resize.dispose(),
      useTerminal.subscribe((s) => this.sync(s.entries)),
    );
    this.sync(useTerminal.getState().entries);
  }

  dispose(): void {
    for (const dispose of this.disposers) dispose();
  }

  private get prompt(): string {
    return promptFor(this.netns, useWorld.getState().view);
  }

  /** Nothing of this namespace runs or waits to run: the prompt is shown. */
  private get idle(): boolean {
    const running = useTerminal.getState().entries.some((e) => e.netns === this.netns && e.status === null);
    return !running && this.typed.length === 0;
  }

  private write(text: string): void {
    if (text === "") return;
    this.term.write(text);
    this.col = columnAfter(text, this.col, this.term.cols);
  }

  /** Takes the prompt area off the screen, to print above where it was. */
  private hide(): void {
    if (!this.area) return;
    this.term.write(eraseArea(this.area, this.term.cols));
    this.col = this.area.startCol;
    this.area = undefined;
  }

  /** Shows the prompt area again, once nothing runs. */
  private show(): void {
    if (this.area || !this.idle) return;
    if (this.pending && !this.pendingShown) {
      this.write(echo(this.prompt, this.pending));
      this.pendingShown = true;
    }
    const prompt = this.pending ? `${PS2} ` : `${this.prompt} `;
    this.area = { prompt, line: this.line, startCol: this.col };
    this.term.write(drawArea(this.area, this.term.cols));
  }

  private redraw(): void {
    this.hide();
    this.show();
  }

  /** Prints what the store holds that the screen does not yet show. */
  private sync(entries: readonly TerminalEntry[]): void {
    const mine = entries.filter((e) => e.netns === this.netns);
    const ids = new Set(mine.map((e) => e.id));
    if ([...this.printed.keys()].some((id) => !ids.has(id))) this.clearScreen();
    let text = "";
    for (const entry of mine) {
      const state = this.printed.get(entry.id);
      if (state === "done") continue;
      if (state === undefined) {
        const typed = this.typed.findIndex((t) => t.command === entry.command);
        if (typed === 0) this.typed.shift();
        else text += echo(this.prompt, entry.command);
        this.printed.set(entry.id, "echoed");
      }
      if (entry.status === null) break;
      text += output(entry.output);
      this.printed.set(entry.id, "done");
    }
    if (text) {
      this.hide();
      this.write(text);
    }
    this.show();
  }

  /** Empties the screen and the scrollback, as Ctrl-L and `clear` do. */
  private wipe(): void {
    this.hide();
    this.term.clear();
    this.term.write("\x1b[H\x1b[2J");
    this.col = 0;
  }

  /** The store forgot entries (`clear`, a new world): the screen starts again from what it keeps. */
  private clearScreen(): void {
    this.wipe();
    this.printed.clear();
  }

  /**
   * Keys in order, as readline reads them: keys that arrive while a Tab's completion is on its way
   * from the engine wait for it, as they would behind bash's synchronous completion. The lines of a
   * paste are entered together, so bash's reading runs once over them.
   */
  private input(data: string): void {
    this.queued.push(...readKeys(data));
    this.readQueued();
  }

  private readQueued(): void {
    while (!this.completing && this.queued.length > 0) {
      const key = this.queued.shift()!;
      if (key.kind === "complete") {
        this.completing = true;
        void this.complete().finally(() => {
          this.completing = false;
          this.readQueued();
        });
      } else if (key.kind === "accept-line") {
        this.tabbed = false;
        this.accept(takePastedLines(this.queued));
      } else this.key(key);
    }
  }

  /** Every key but Tab and Enter, which readQueued handles. */
  private key(key: Exclude<Key, { kind: "complete" | "accept-line" }>): void {
    this.tabbed = false;
    switch (key.kind) {
      case "text":
        return this.setLine(insert(this.line, key.text));
      case "previous-history":
      case "next-history":
        return this.recall(key.kind);
      case "interrupt":
        return this.interrupt();
      case "clear-screen":
        this.wipe();
        return this.show();
      default:
        return this.setLine(edit(this.line, key.kind));
    }
  }

  private setLine(line: EditLine): void {
    this.line = line;
    if (this.area) this.redraw();
  }

  /**
   * Enter: the line (and the further lines of a paste) join the command being entered, and every
   * complete command runs, in order. A line typed at the shown prompt stays on the screen as typed;
   * anything else is echoed when its command starts, after the output of those before it.
   */
  private accept(more: readonly string[]): void {
    const entered = [...(this.pending ? [this.pending] : []), this.line.text, ...more].join("\n");
    const onScreen = this.area !== undefined && more.length === 0 && (this.pendingShown || !this.pending);
    if (onScreen && this.area) {
      this.term.write(toAreaEnd(this.area, this.term.cols));
      this.area = undefined;
      this.write("\r\n");
    } else this.hide();
    this.line = EMPTY_LINE;
    this.history = undefined;
    const { commands, rest } = splitCommands(entered);
    commands.forEach((command, i) => {
      const typed = { command: command.trim() };
      if (onScreen && i === 0) this.typed.push(typed);
      void runCommand(command, this.netns).finally(() => {
        const left = this.typed.indexOf(typed);
        if (left >= 0) this.typed.splice(left, 1); // `clear` makes no entry
        this.show();
      });
    });
    this.pendingShown = rest !== "" && commands.length === 0 && onScreen;
    this.pending = rest;
    this.show();
  }

  private recall(direction: "previous-history" | "next-history"): void {
    this.history ??= new HistoryCursor(useTerminal.getState().history[this.netns] ?? []);
    const text =
      direction === "previous-history" ? this.history.previous(this.line.text) : this.history.next();
    if (text !== undefined) this.setLine(lineOf(text));
  }

  /** Ctrl-C: the line and any unfinished command are abandoned, as bash does at its prompt. */
  private interrupt(): void {
    if (this.area) {
      this.term.write(toAreaEnd(this.area, this.term.cols));
      this.area = undefined;
      this.write(`${dim("^C")}\r\n`);
    }
    this.line = EMPTY_LINE;
    this.pending = "";
    this.pendingShown = false;
    this.history = undefined;
    this.show();
  }

  /** Tab: a single candidate completes the word; several complete what they share, and list on a second Tab. */
  private async complete(): Promise<void> {
    const asked = this.line;
    const { from, candidates } = await call((engine) =>
      engine.complete(asked.text, asked.cursor, this.netns),
    ).catch(() => ({ from: asked.cursor, candidates: [] as string[] }));
    if (this.line !== asked) return;
    const typed = asked.text.slice(from, asked.cursor);
    if (candidates.length === 1) return this.setLine(replaceBefore(asked, from, `${candidates[0]} `));
    const shared = commonPrefix(candidates);
    if (shared.length > typed.length) return this.setLine(replaceBefore(asked, from, shared));
    if (candidates.length === 0 || !this.tabbed || !this.area) {
      this.tabbed = true;
      return;
    }
    this.tabbed = false;
    this.term.write(toAreaEnd(this.area, this.term.cols));
    this.area = undefined;
    this.write(`\r\n${columns(candidates, this.term.cols)}`);
    this.show();
  }
}
