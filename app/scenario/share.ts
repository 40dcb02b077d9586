import { scenarioScript } from "../../engine/scenario/document-script";
import { call } from "../engine-client";
import { HASH_PREFIX } from "./keys-stored";
import { currentDocument } from "./snapshot";
import { useScenario } from "./store";

const say = (kind: "error" | "info", text: string) => useScenario.getState().say({ kind, text });

async function copy(text: string, done: string, fallback: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    say("info", done);
  } catch (error) {
    say(
      "error",
      `${fallback} Copying to the clipboard failed: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

/**
 * Puts the scenario in the page's URL (replacing the fragment, so no navigation and no history entry)
 * and copies that URL: whoever opens it replays the same commands to the same step.
 */
export async function share(): Promise<void> {
  const { encodeHash } = await import("../../engine/scenario/link-codec");
  history.replaceState(null, "", HASH_PREFIX + encodeHash(currentDocument()));
  const url = location.href;
  await copy(
    url,
    `Link copied (${url.length.toLocaleString("en-US")} characters): it opens this scenario at this step.`,
    "The link is in the address bar.",
  );
}

/** Copies the scenario as a script for `netplay run`. */
export function copyScript(): Promise<void> {
  const doc = currentDocument();
  return copy(
    scenarioScript(doc),
    `Script copied: save it as FILE and run netplay run --world ${doc.world} FILE.`,
    "The script could not be copied.",
  );
}

/** Copies `netplay lab`'s bash script, which builds the scenario on a real kernel. */
export async function copyLab(): Promise<void> {
  const doc = currentDocument();
  try {
    const lab = await call<string | { readonly error: string }>((engine) =>
      engine.lab(scenarioScript(doc), doc.world),
    );
    if (typeof lab !== "string") say("error", lab.error);
    else
      await copy(
        lab,
        "Lab script copied: run it as root with sudo bash FILE.",
        "The lab script could not be copied.",
      );
  } catch (error) {
    say(
      "error",
      `The lab script could not be made: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}
