/** The shell prompt, as root's bash prints it in the namespace the command runs in. */
export function Prompt({ netns }: { netns: string }) {
  return (
    <span className="prompt" aria-hidden="true">
      root@{netns}:~#
    </span>
  );
}
