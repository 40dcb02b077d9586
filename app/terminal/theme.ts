import type { ITheme } from "@xterm/xterm";
import { useEffect, useState } from "react";

const DARK = "(prefers-color-scheme: dark)";

/** xterm's colours from the page's terminal palette (styles.css), light or dark as the page is. */
function readTheme(): ITheme {
  const css = getComputedStyle(document.documentElement);
  const v = (name: string) => css.getPropertyValue(name).trim();
  return {
    background: v("--term-bg"),
    foreground: v("--term-text"),
    cursor: v("--term-prompt"),
    cursorAccent: v("--term-bg"),
    selectionBackground: v("--focus"),
    // The prompt is bold green, stderr red, the session's own notes dim.
    green: v("--term-prompt"),
    brightGreen: v("--term-prompt"),
    red: v("--term-error"),
    brightRed: v("--term-error"),
    brightBlack: v("--term-muted"),
  };
}

/** The terminal's theme, following the system's light or dark setting as the page does. */
export function useTermTheme(): ITheme {
  const [theme, setTheme] = useState(readTheme);
  useEffect(() => {
    const query = matchMedia(DARK);
    const update = () => setTheme(readTheme());
    query.addEventListener("change", update);
    return () => query.removeEventListener("change", update);
  }, []);
  return theme;
}
