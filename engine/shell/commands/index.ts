import type { Command } from "../command";
import { cat } from "./cat";
import { echo } from "./echo";
import { grep } from "./grep";
import { head } from "./head";
import { rm } from "./rm";
import { sleep } from "./sleep";
import { sort } from "./sort";
import { tail } from "./tail";
import { tee } from "./tee";
import { falseCommand, trueCommand } from "./true-false";
import { uniq } from "./uniq";
import { wc } from "./wc";

/** The text tools, named as in bash and GNU coreutils/grep. */
export const textCommands: Readonly<Record<string, Command>> = {
  cat,
  echo,
  false: falseCommand,
  grep,
  head,
  rm,
  sleep,
  sort,
  tail,
  tee,
  true: trueCommand,
  uniq,
  wc,
};
