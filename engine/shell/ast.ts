/** The shapes a command line parses into, named after bash's grammar (simple command, pipeline, list). */

/** A piece of a word: literal text, or a parameter (`$?`, `$NAME`) expanded when the command runs. */
export type WordPart =
  | { readonly kind: "text"; readonly text: string; readonly quoted: boolean }
  | { readonly kind: "param"; readonly name: string; readonly quoted: boolean };

export interface Word {
  readonly parts: readonly WordPart[];
  /** The word as written, for messages such as `$x: ambiguous redirect`. */
  readonly raw: string;
}

export type FileRedirectOp = "<" | ">" | ">>" | "&>" | "&>>" | ">&" | "<<<";

export interface FileRedirect {
  readonly kind: "file";
  /** The descriptor the redirection changes; `>&` and `&>` without a number mean stdout (and stderr). */
  readonly fd: number | undefined;
  readonly op: FileRedirectOp;
  readonly target: Word;
}

/** `<<EOF`, `<<'EOF'`, `<<-EOF`; the script runner fills in `body` from the lines after the command. */
export interface Heredoc {
  readonly kind: "heredoc";
  readonly fd: number | undefined;
  readonly delimiter: string;
  /** An unquoted delimiter means the body sees `$VAR` and backslash expansion. */
  readonly expand: boolean;
  /** `<<-` strips leading tabs from body lines and from the terminator. */
  readonly stripTabs: boolean;
  /** Quoted text when the delimiter was quoted, else text and parameters to expand. */
  body: Word;
}

export type Redirect = FileRedirect | Heredoc;

export interface Assignment {
  readonly name: string;
  readonly value: Word;
}

export interface SimpleCommand {
  readonly assignments: readonly Assignment[];
  readonly words: readonly Word[];
  readonly redirects: readonly Redirect[];
}

export type Pipeline = readonly SimpleCommand[];

export interface AndOr {
  readonly first: Pipeline;
  readonly rest: readonly { readonly op: "&&" | "||"; readonly pipeline: Pipeline }[];
}

export interface ListItem {
  readonly andOr: AndOr;
  /** `cmd &`: runs in the foreground here, but `$?` becomes 0 as after starting a job. */
  readonly background: boolean;
}

export type CommandList = readonly ListItem[];
