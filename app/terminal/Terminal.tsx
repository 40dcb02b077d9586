import { useEffect, useRef } from "react";
import { useTerminal } from "../store";
import { resetWorld } from "./actions";
import { CommandInput } from "./CommandInput";
import { TerminalEntry } from "./TerminalEntry";

const NETNS = "host";

/** A terminal on the host: the history of commands run so far and a prompt for the next one. */
export function Terminal() {
  const entries = useTerminal((s) => s.entries);
  const clear = useTerminal((s) => s.clear);
  const screenRef = useRef<HTMLDivElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);

  function focusPrompt() {
    // Keep a selection the user is making in the output; otherwise any click goes to the prompt.
    if (window.getSelection()?.isCollapsed !== false) inputRef.current?.focus();
  }

  useEffect(() => {
    const screen = screenRef.current;
    if (screen) screen.scrollTop = screen.scrollHeight;
  }, [entries]);

  return (
    <section className="terminal" aria-label="Terminal">
      <header className="terminal-bar">
        <div className="terminal-tabs" role="tablist">
          <span className="terminal-tab" role="tab" aria-selected="true">
            {NETNS}
          </span>
        </div>
        <div className="terminal-actions">
          <span className="terminal-hint">↑ ↓ history · Ctrl+L clear</span>
          <button type="button" className="ghost" onClick={clear} title="Clear the screen (Ctrl+L)">
            Clear
          </button>
          <button
            type="button"
            className="ghost"
            onClick={() => void resetWorld()}
            title="Start the world again"
          >
            Reset world
          </button>
        </div>
      </header>
      <div className="terminal-screen" ref={screenRef} onClick={focusPrompt}>
        {entries.length === 0 && (
          <p className="terminal-hello">
            A simulated Linux host with its own netfilter tables. Nothing runs on your machine: the kernel
            model lives in a Web Worker in this tab.
          </p>
        )}
        <ol className="entries" aria-live="polite">
          {entries.map((entry) => (
            <TerminalEntry key={entry.id} entry={entry} />
          ))}
        </ol>
        <CommandInput netns={NETNS} inputRef={inputRef} />
      </div>
    </section>
  );
}
