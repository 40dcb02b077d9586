import { useEffect } from "react";
import { usePlayer } from "./store";

/** Typing somewhere keeps its keys; elsewhere ← → step and space plays or pauses. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName);
}

export function usePlayerKeys(): void {
  useEffect(() => {
    function onKeyDown(e: KeyboardEvent) {
      const player = usePlayer.getState();
      if (player.frames.length === 0 || isTyping(e.target) || e.altKey || e.ctrlKey || e.metaKey) return;
      if (e.key === "ArrowRight") player.forward();
      else if (e.key === "ArrowLeft") player.back();
      else if (e.key === " ") player.setPlaying(!player.playing);
      else return;
      e.preventDefault();
    }
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, []);
}

/** While playing, one step every `ms`. */
export function usePlayback(ms: number): void {
  const playing = usePlayer((s) => s.playing);
  useEffect(() => {
    if (!playing) return;
    const timer = setInterval(() => usePlayer.getState().forward(), ms);
    return () => clearInterval(timer);
  }, [playing, ms]);
}
