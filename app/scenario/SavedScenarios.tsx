import { useEffect, useRef, useState, type FormEvent } from "react";
import { isScenarioError } from "../../engine/scenario/document";
import { openScenario } from "../terminal/actions";
import { exportFile, importFile } from "./file";
import { currentDocument } from "./snapshot";
import { deleteSaved, loadSaved, saveNamed, savedNames } from "./storage";
import { useScenario } from "./store";

/** Scenarios kept in this browser under a name, and scenario files in and out. */
export function SavedScenarios() {
  const [names, setNames] = useState<string[]>([]);
  const [name, setName] = useState("");
  const say = useScenario((s) => s.say);
  const menu = useRef<HTMLDetailsElement>(null);
  const close = () => menu.current?.removeAttribute("open");

  // A dropdown: a click anywhere else closes it, so it never hides what that click brings up.
  useEffect(() => {
    const outside = (e: PointerEvent) => {
      if (!menu.current?.contains(e.target as Node)) close();
    };
    document.addEventListener("pointerdown", outside);
    return () => document.removeEventListener("pointerdown", outside);
  }, []);

  function saveAs(e: FormEvent) {
    e.preventDefault();
    const trimmed = name.trim();
    if (!trimmed) return;
    const failed = saveNamed(trimmed, currentDocument());
    say(failed ? { kind: "error", text: failed } : { kind: "info", text: `Saved as “${trimmed}”.` });
    setName("");
    close();
  }

  function open(saved: string) {
    const doc = loadSaved(saved);
    if (!doc) say({ kind: "error", text: `There is no scenario “${saved}” any more.` });
    else if (isScenarioError(doc)) say({ kind: "error", text: doc.error });
    else void openScenario(doc);
    close();
  }

  function remove(saved: string) {
    deleteSaved(saved);
    setNames(savedNames());
  }

  return (
    <details
      ref={menu}
      className="scenario-menu"
      onToggle={(e) => e.currentTarget.open && setNames(savedNames())}
    >
      <summary>Scenarios</summary>
      <div className="scenario-menu-body">
        <form onSubmit={saveAs} className="scenario-save">
          <input
            aria-label="Scenario name"
            placeholder="name"
            value={name}
            onChange={(e) => setName(e.target.value)}
            maxLength={80}
          />
          <button type="submit" disabled={!name.trim()}>
            Save as
          </button>
        </form>
        {names.length === 0 ? (
          <p className="scenario-none">No scenario saved in this browser yet.</p>
        ) : (
          <ul aria-label="Saved scenarios">
            {names.map((saved) => (
              <li key={saved}>
                <span className="scenario-name">{saved}</span>
                <button type="button" onClick={() => open(saved)} aria-label={`Open ${saved}`}>
                  Open
                </button>
                <button
                  type="button"
                  className="ghost"
                  onClick={() => remove(saved)}
                  aria-label={`Delete ${saved}`}
                >
                  Delete
                </button>
              </li>
            ))}
          </ul>
        )}
        <div className="scenario-files">
          <button
            type="button"
            onClick={() => {
              exportFile();
              close();
            }}
          >
            Export file
          </button>
          <label className="scenario-import">
            Import file
            <input
              type="file"
              accept="application/json,.json"
              onChange={(e) => {
                const file = e.target.files?.[0];
                e.target.value = "";
                close();
                if (file) void importFile(file);
              }}
            />
          </label>
        </div>
      </div>
    </details>
  );
}
