import { useEffect } from "react";
import { redo, undo } from "../terminal/actions";

/**
 * Typing places keep their own Ctrl+Z (a form's text). The terminal does not: with no job control
 * there is nothing for Ctrl+Z to suspend, so there it takes back the last command too.
 */
function isEditable(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement) || target.classList.contains("xterm-helper-textarea")) return false;
  return target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName);
}

/** Ctrl+Z takes back the last command, Ctrl+Shift+Z runs it again (⌘ on a Mac). */
export function useUndoKeys(): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey || e.key.toLowerCase() !== "z" || isEditable(e.target))
        return;
      e.preventDefault();
      void (e.shiftKey ? redo() : undo());
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);
}
