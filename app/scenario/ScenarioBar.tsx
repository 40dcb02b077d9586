import "./scenario.css";
import { redo, resetWorld, undo } from "../terminal/actions";
import { useUndoKeys } from "./keys";
import { SavedScenarios } from "./SavedScenarios";
import { ScenarioMessage } from "./ScenarioMessage";
import { copyLab, copyScript, share } from "./share";
import { useScenario } from "./store";

/** The work as a whole: take back or redo a command, start again, share it, keep it. */
export function ScenarioBar() {
  useUndoKeys();
  const canUndo = useScenario((s) => s.commands.length > 0);
  const canRedo = useScenario((s) => s.undone.length > 0);
  return (
    <div className="scenario-bar">
      <div className="scenario-group" role="group" aria-label="History">
        <button
          type="button"
          onClick={() => void undo()}
          disabled={!canUndo}
          aria-keyshortcuts="Control+Z"
          title="Take back the last command (Ctrl+Z)"
        >
          Undo
        </button>
        <button
          type="button"
          onClick={() => void redo()}
          disabled={!canRedo}
          aria-keyshortcuts="Control+Shift+Z"
          title="Run the command taken back again (Ctrl+Shift+Z)"
        >
          Redo
        </button>
        <button type="button" onClick={() => void resetWorld()} title="Start again from the opening world">
          Reset world
        </button>
      </div>
      <div className="scenario-group" role="group" aria-label="Share">
        <button
          type="button"
          className="primary"
          onClick={() => void share()}
          title="Put this scenario in the URL and copy it"
        >
          Share
        </button>
        <button
          type="button"
          onClick={() => void copyScript()}
          title="Copy the commands as a netplay run script"
        >
          Copy as script
        </button>
        <button
          type="button"
          onClick={() => void copyLab()}
          title="Copy a bash script that builds it on a real kernel"
        >
          Copy as lab
        </button>
        <SavedScenarios />
      </div>
      <ScenarioMessage />
    </div>
  );
}
