import { useState, type KeyboardEvent, type RefObject } from "react";
import { useShallow } from "zustand/react/shallow";
import { selectCommands, useTerminal } from "../store";
import { runCommand } from "./actions";
import { Prompt } from "./Prompt";

interface Props {
  netns: string;
  inputRef: RefObject<HTMLInputElement | null>;
}

/**
 * The prompt line: Enter runs, ↑/↓ recall earlier commands, Ctrl+L clears the screen. Pasted lines
 * run at once as one script, as a terminal would run them (a heredoc stays whole).
 */
export function CommandInput({ netns, inputRef }: Props) {
  const commands = useTerminal(useShallow(selectCommands));
  const [value, setValue] = useState("");
  // Position in `commands` while recalling; commands.length means "the line being typed".
  const [recall, setRecall] = useState<number | null>(null);

  function recallAt(index: number) {
    const at = Math.max(0, Math.min(commands.length, index));
    setRecall(at);
    setValue(commands[at] ?? "");
  }

  function onKeyDown(e: KeyboardEvent<HTMLInputElement>) {
    if (e.key === "Enter") {
      e.preventDefault();
      const line = value;
      setValue("");
      setRecall(null);
      void runCommand(line, netns);
    } else if (e.key === "ArrowUp" && commands.length > 0) {
      e.preventDefault();
      recallAt((recall ?? commands.length) - 1);
    } else if (e.key === "ArrowDown" && recall !== null) {
      e.preventDefault();
      recallAt(recall + 1);
    } else if (e.key === "l" && e.ctrlKey) {
      e.preventDefault();
      useTerminal.getState().clear();
    }
  }

  return (
    <div className="command-line">
      <Prompt netns={netns} />
      <input
        ref={inputRef}
        className="command-input"
        aria-label="Command line"
        placeholder="type a command, e.g. iptables -S"
        autoComplete="off"
        autoCapitalize="off"
        autoCorrect="off"
        spellCheck={false}
        autoFocus
        value={value}
        onChange={(e) => {
          setValue(e.target.value);
          setRecall(null);
        }}
        onKeyDown={onKeyDown}
        onPaste={(e) => {
          const text = e.clipboardData.getData("text/plain");
          if (!text.includes("\n")) return;
          e.preventDefault();
          setValue("");
          void runCommand(value + text, netns);
        }}
      />
    </div>
  );
}
