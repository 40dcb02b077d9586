import { FitAddon } from "@xterm/addon-fit";
import { Terminal as Xterm, type ITheme } from "@xterm/xterm";
import "@xterm/xterm/css/xterm.css";
import { useEffect, useRef } from "react";
import { TerminalSession } from "./session";
import { useTermTheme } from "./theme";

const GREETING =
  "A simulated Linux host with its own netfilter tables. Nothing runs on your machine: the kernel model lives in a Web Worker in this tab.";

/** The page's monospace stack; xterm measures its cells with it. */
const fontFamily = () => getComputedStyle(document.documentElement).getPropertyValue("--font-mono").trim();

/**
 * The keys the page keeps from the shell: copy and paste as a terminal emulator binds them
 * (Ctrl-Shift-C copies the selection, Ctrl-V and Ctrl-Shift-V are the browser's paste), Ctrl-Z and
 * Ctrl-Shift-Z (undo and redo), and Shift+Tab.
 */
function pageKeys(term: Xterm) {
  return (e: KeyboardEvent): boolean => {
    // Tab completes; Shift+Tab, which readline has no use for, leaves the terminal for the page.
    if (e.key === "Tab" && e.shiftKey) return false;
    if (e.type !== "keydown" || !e.ctrlKey || e.altKey || e.metaKey) return true;
    const key = e.key.toLowerCase();
    // Undo and redo by command are the page's (app/scenario/keys.ts): there is no job to suspend.
    if (key === "z") return false;
    if (e.shiftKey && key === "c") {
      if (term.hasSelection()) void navigator.clipboard?.writeText(term.getSelection()).catch(() => {});
      e.preventDefault();
      return false;
    }
    return key !== "v";
  };
}

/** One namespace's terminal: an xterm sized to its box, with the namespace's shell session in it. */
export function XtermView({ netns }: { netns: string }) {
  const box = useRef<HTMLDivElement>(null);
  const term = useRef<Xterm | null>(null);
  const theme = useTermTheme();
  const firstTheme = useRef<ITheme>(theme);

  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const xterm = new Xterm({
      theme: firstTheme.current,
      fontFamily: fontFamily(),
      fontSize: 13,
      lineHeight: 1.25,
      scrollback: 5000,
      cursorBlink: true,
      allowProposedApi: false,
    });
    const fit = new FitAddon();
    xterm.loadAddon(fit);
    xterm.open(element);
    xterm.attachCustomKeyEventHandler(pageKeys(xterm));
    fit.fit();
    const session = new TerminalSession(xterm, netns, netns === "host" ? GREETING : "");
    const resized = new ResizeObserver(() => fit.fit());
    resized.observe(element);
    xterm.focus();
    term.current = xterm;
    return () => {
      resized.disconnect();
      session.dispose();
      xterm.dispose();
      term.current = null;
    };
  }, [netns]);

  useEffect(() => {
    if (term.current) term.current.options.theme = theme;
  }, [theme]);

  return <div className="xterm-box" ref={box} />;
}
