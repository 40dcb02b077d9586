import { useState, type FormEvent } from "react";
import { runCommand } from "../terminal/actions";
import { useWorld } from "../world/store";
import { commandFor, type Composition, type Probe } from "./command";
import { PRESETS } from "./presets";
import { runningContainers, runPreset } from "./run-preset";

const PROBES: readonly { value: Probe; label: string }[] = [
  { value: "http", label: "tcp · curl (HTTP)" },
  { value: "tcp", label: "tcp · nc -z" },
  { value: "udp", label: "udp · nc -u" },
  { value: "icmp", label: "icmp · ping" },
];

const FIRST: Composition = { from: "laptop", to: "192.168.31.228:8080", probe: "http" };

/** Builds a packet from fields and sends it as the command line a user would type; or tells a preset's story. */
export function Composer() {
  const namespaces = useWorld((s) => s.view?.namespaces.map((ns) => ns.name).join(" ") ?? "host");
  const [form, setForm] = useState<Composition>(FIRST);
  const [error, setError] = useState<string | null>(null);

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    const result = commandFor(form, runningContainers());
    if ("error" in result) return setError(result.error);
    setError(null);
    void runCommand(result.line);
  }

  function setSport(text: string) {
    const { sport: _, ...rest } = form;
    setForm(/^\d+$/.test(text) ? { ...rest, sport: Number(text) } : rest);
  }

  return (
    <section className="composer" aria-label="Packet composer">
      <form className="composer-form" onSubmit={onSubmit}>
        <label>
          from
          <select value={form.from} onChange={(e) => setForm({ ...form, from: e.target.value })}>
            {namespaces.split(" ").map((name) => (
              <option key={name}>{name}</option>
            ))}
          </select>
        </label>
        <label>
          to
          <input
            value={form.to}
            size={18}
            spellCheck={false}
            aria-invalid={error !== null}
            onChange={(e) => setForm({ ...form, to: e.target.value })}
          />
        </label>
        <label>
          proto
          <select value={form.probe} onChange={(e) => setForm({ ...form, probe: e.target.value as Probe })}>
            {PROBES.map((p) => (
              <option key={p.value} value={p.value}>
                {p.label}
              </option>
            ))}
          </select>
        </label>
        <label>
          sport
          <input
            value={form.sport ?? ""}
            size={5}
            inputMode="numeric"
            placeholder="any"
            disabled={form.probe === "icmp"}
            onChange={(e) => setSport(e.target.value)}
          />
        </label>
        <button type="submit" className="primary">
          Send
        </button>
        {error && (
          <span className="composer-error" role="alert">
            {error}
          </span>
        )}
      </form>
      <div className="presets" role="group" aria-label="Presets">
        {PRESETS.map((p) => (
          <button
            key={p.name}
            type="button"
            className="preset"
            title={p.what}
            onClick={() => {
              setError(null);
              void runPreset(p).then((sent) => sent && setForm(sent));
            }}
          >
            {p.name}
          </button>
        ))}
      </div>
    </section>
  );
}
