import { useWorld } from "../world/store";
import { promptFor } from "./prompt";

/** The shell prompt, as root's shell prints it in the namespace the command runs in. */
export function Prompt({ netns }: { netns: string }) {
  const prompt = useWorld((s) => promptFor(netns, s.view));
  return (
    <span className="prompt" aria-hidden="true">
      {prompt}
    </span>
  );
}
