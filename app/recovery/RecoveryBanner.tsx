import "./recovery.css";
import { openScenario, resetWorld } from "../terminal/actions";
import { useRecovery } from "./store";

const commands = (n: number) => `${n} command${n === 1 ? "" : "s"}`;

/**
 * Says that the engine failed and was restarted on a fresh world, and offers the work as it was
 * before: the autosave replayed, or the opening world. An alert, so it is read out at once.
 */
export function RecoveryBanner() {
  const { failure, lastGood, dismiss } = useRecovery();
  if (!failure) return null;
  const restore = () => {
    dismiss();
    if (lastGood) void openScenario(lastGood);
  };
  const startOver = () => {
    dismiss();
    void resetWorld();
  };
  return (
    <div className="recovery-banner" role="alert">
      <p>
        <strong>Sorry, {failure.message}.</strong> It was stopped and restarted with a fresh world: the
        command that was running and anything it changed are lost.
      </p>
      <div className="recovery-actions">
        {lastGood && (
          <button type="button" className="primary" onClick={restore}>
            Restore the last autosave ({commands(lastGood.commands.length)})
          </button>
        )}
        <button type="button" onClick={startOver}>
          Start over
        </button>
        <button type="button" className="ghost" onClick={dismiss}>
          Keep the fresh world
        </button>
      </div>
    </div>
  );
}
