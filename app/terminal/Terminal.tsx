import { useEffect, useRef } from "react";
import { useShallow } from "zustand/react/shallow";
import { useTerminal } from "../store";
import { useWorld } from "../world/store";
import { resetWorld } from "./actions";
import { CommandInput } from "./CommandInput";
import { terminalTabs } from "./prompt";
import { TerminalEntry } from "./TerminalEntry";

/** A terminal per namespace (the host, each container, the LAN's machines): its history and a prompt. */
export function Terminal() {
  const tab = useTerminal((s) => s.tab);
  const entries = useTerminal(useShallow((s) => s.entries.filter((e) => e.netns === s.tab)));
  const clear = useTerminal((s) => s.clear);
  const setTab = useTerminal((s) => s.setTab);
  const tabs = useWorld(useShallow((s) => terminalTabs(s.view)));
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

  // A container's tab closes when the container stops or goes.
  useEffect(() => {
    if (!tabs.includes(tab)) setTab("host");
  }, [tabs, tab, setTab]);

  // A tab brought to the front (exec from a container's menu) takes the keyboard.
  useEffect(() => inputRef.current?.focus(), [tab]);

  return (
    <section className="terminal" aria-label="Terminal">
      <header className="terminal-bar">
        <div className="terminal-tabs" role="tablist" aria-label="Terminals">
          {tabs.map((netns) => (
            <button
              key={netns}
              type="button"
              className="terminal-tab"
              role="tab"
              aria-selected={netns === tab}
              onClick={() => setTab(netns)}
            >
              {netns}
            </button>
          ))}
        </div>
        <div className="terminal-actions">
          <button
            type="button"
            className="ghost"
            onClick={clear}
            title="Clear the screen (Ctrl+L); ↑ ↓ recall earlier commands"
          >
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
        {entries.length === 0 && tab === "host" && (
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
        <CommandInput netns={tab} inputRef={inputRef} />
      </div>
    </section>
  );
}
