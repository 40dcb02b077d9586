/** Where a docker subcommand prints. */
export interface Out {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
}
