import { useScenario } from "./store";

/** The last thing the scenario bar has to say; a refusal is an alert, read out at once. */
export function ScenarioMessage() {
  const message = useScenario((s) => s.message);
  const say = useScenario((s) => s.say);
  if (!message) return null;
  return (
    <div className={`scenario-message ${message.kind}`} role={message.kind === "error" ? "alert" : "status"}>
      <span>{message.text}</span>
      <button type="button" className="ghost" onClick={() => say(null)} aria-label="Dismiss">
        ×
      </button>
    </div>
  );
}
