import { isScenarioError } from "../../engine/scenario/document";
import { fromScenarioFile, MAX_DOCUMENT_BYTES, toScenarioFile } from "../../engine/scenario/document-codec";
import { scenarioErrors } from "../../engine/scenario/document-errors";
import { openScenario } from "../terminal/actions";
import { currentDocument } from "./snapshot";
import { useScenario } from "./store";

/** Downloads the scenario as a JSON file (the same document a link carries, indented). */
export function exportFile(): void {
  const blob = new Blob([toScenarioFile(currentDocument())], { type: "application/json" });
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = "netplay-scenario.json";
  link.click();
  URL.revokeObjectURL(url);
}

/** Opens a scenario file, refusing it (with a message, the current work untouched) when it is not one. */
export async function importFile(file: File): Promise<void> {
  const say = useScenario.getState().say;
  if (file.size > MAX_DOCUMENT_BYTES) {
    say({ kind: "error", text: scenarioErrors.tooLong("file", file.size, MAX_DOCUMENT_BYTES).error });
    return;
  }
  const doc = fromScenarioFile(await file.text(), "file");
  if (isScenarioError(doc)) say({ kind: "error", text: doc.error });
  else {
    say({ kind: "info", text: `Opened ${file.name}.` });
    await openScenario(doc);
  }
}
