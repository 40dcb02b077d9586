import { useId, useState } from "react";
import { useDockerDiff, type DockerRun } from "./docker-diff";
import { expandedText } from "../../engine/docker/expand-text";
import { shownSteps } from "./docker-expand";

const TITLE = "docker-expand-title";

const commands = (n: number) => (n === 1 ? "one host command" : `${n} host commands`);

/** What the sentence above the list says of how the command ended. */
function Summary({ command, run, steps }: { command: string; run: DockerRun; steps: readonly string[] }) {
  const line = <code>{command}</code>;
  if (run.status === 0)
    return steps.length === 0 ? (
      <>{line} ran no host command.</>
    ) : (
      <>
        For {line}, dockerd ran {commands(steps.length)}, in order:
      </>
    );
  const failed = `failed (exit status ${run.status})`;
  return steps.length === 0 ? (
    <>
      {line} {failed} before dockerd ran any host command.
    </>
  ) : (
    <>
      {line} {failed} after dockerd ran {commands(steps.length)}:
    </>
  );
}

/** Copies the lines as `netplay expand` prints them, and says whether that worked. */
function CopyButton({ text }: { text: string }) {
  const [said, say] = useState("");
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      say("Copied.");
    } catch (error) {
      say(`Copying failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  return (
    <>
      <button type="button" className="expand-copy" onClick={() => void copy()}>
        Copy
      </button>
      <span role="status" className="expand-said">
        {said}
      </span>
    </>
  );
}

function Lines({ steps }: { steps: readonly string[] }) {
  const [open, setOpen] = useState(false);
  const list = useId();
  const shown = shownSteps(steps, open);
  const folds = shownSteps(steps, false).length < steps.length;
  return (
    <>
      <ol id={list} className="expand-lines" aria-labelledby={TITLE}>
        {shown.map((step, i) => (
          <li key={i} className={step.startsWith("# ") ? "comment" : undefined}>
            <code>{step}</code>
          </li>
        ))}
      </ol>
      {folds && (
        <button
          type="button"
          className="expand-fold"
          aria-expanded={open}
          aria-controls={list}
          onClick={() => setOpen(!open)}
        >
          {open ? `Show the first ${shownSteps(steps, false).length}` : `Show all ${steps.length}`}
        </button>
      )}
    </>
  );
}

/**
 * The host commands dockerd ran for the last docker command, in order, as `netplay expand` prints
 * them: the answer to "what did Docker just do?", and a script Linux can replay.
 */
export function DockerExpand() {
  const command = useDockerDiff((s) => s.command);
  const run = useDockerDiff((s) => s.run);
  const steps = run?.dockerd;
  return (
    <section className="docker-expand" aria-labelledby={TITLE}>
      <div className="compare-head">
        <h2 id={TITLE}>
          What dockerd ran <span className="expand-tool">(netplay expand)</span>
        </h2>
        {command && steps && steps.length > 0 && <CopyButton text={expandedText(command, steps)} />}
      </div>
      {!command ? (
        <p className="panel-empty">
          Run a docker command: the host commands dockerd ran for it show here, as <code>netplay expand</code>{" "}
          prints them.
        </p>
      ) : !run || !steps ? (
        <p className="panel-empty">
          <code>{command}</code> did not finish: what dockerd ran for it is not known.
        </p>
      ) : (
        <>
          <p className="docker-command">
            <Summary command={command} run={run} steps={steps} />
          </p>
          {steps.length > 0 && <Lines steps={steps} />}
        </>
      )}
    </section>
  );
}
