/**
 * `netplay expand`'s text for one Docker line: the line as a comment, then the host commands it ran.
 * Apart from expand.ts, which runs scripts, so that the Docker tab can print the same without it.
 */
export const expandedText = (line: string, steps: readonly string[]): string =>
  `# ${line}\n${steps.map((step) => `${step}\n`).join("")}`;
