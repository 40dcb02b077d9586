import { useState } from "react";
import "./player.css";
import { ChainDiagram } from "./ChainDiagram";
import { describeEvent } from "./describe";
import { usePlayback, usePlayerKeys } from "./keys";
import { selectFrame, usePlayer } from "./store";
import { Timeline } from "./Timeline";

const SPEEDS = [
  { label: "½×", ms: 1400 },
  { label: "1×", ms: 700 },
  { label: "2×", ms: 350 },
  { label: "4×", ms: 175 },
] as const;

/** Step back, step forward, play: the trace of the last command, one event at a time. */
export function Player() {
  const [speed, setSpeed] = useState(1);
  usePlayerKeys();
  usePlayback(SPEEDS[speed]!.ms);
  const { frames, step, playing, command } = usePlayer();
  const { back, forward, setPlaying, goTo } = usePlayer.getState();
  const frame = usePlayer(selectFrame);
  const empty = frames.length === 0;

  return (
    <section className="player" aria-label="Player">
      <div className="player-bar">
        <button type="button" onClick={back} disabled={empty || step === 0} aria-keyshortcuts="ArrowLeft">
          <span aria-hidden="true">◀</span> Step back
        </button>
        <button type="button" onClick={() => setPlaying(!playing)} disabled={empty} aria-keyshortcuts="Space">
          <span aria-hidden="true">{playing ? "❚❚" : "▶"}</span> {playing ? "Pause" : "Play"}
        </button>
        <button
          type="button"
          onClick={forward}
          disabled={empty || step >= frames.length - 1}
          aria-keyshortcuts="ArrowRight"
        >
          Step forward <span aria-hidden="true">▶</span>
        </button>
        <select aria-label="Speed" value={speed} onChange={(e) => setSpeed(Number(e.target.value))}>
          {SPEEDS.map((s, i) => (
            <option key={s.label} value={i}>
              {s.label}
            </option>
          ))}
        </select>
        <input
          type="range"
          className="player-scrub"
          aria-label="Step"
          min={0}
          max={Math.max(0, frames.length - 1)}
          value={step}
          disabled={empty}
          onChange={(e) => goTo(Number(e.target.value))}
        />
        <span className="player-count" aria-live="polite">
          {empty ? "no packets yet" : `step ${step + 1} of ${frames.length}`}
        </span>
      </div>
      <p className="player-caption" aria-live="polite">
        {frame ? describeEvent(frame.event) : "Send a packet, or run curl, nc or ping in the terminal."}
      </p>
      <div className="player-packets">
        <p className="player-command" title={command ?? undefined}>
          {command ? (
            <>
              replaying <code>{command}</code>
            </>
          ) : (
            "Its packets will line up here: request, reply, handshake."
          )}
        </p>
        <Timeline />
      </div>
      <ChainDiagram frame={frame} />
    </section>
  );
}
