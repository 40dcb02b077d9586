import { readdirSync } from "node:fs";
import { describe } from "vitest";
import { replayGolden } from "../test/golden";

const dir = new URL("./golden/", import.meta.url).pathname;

describe.each(readdirSync(dir).filter((f) => f.endsWith(".sh")))("golden %s", (file) => {
  replayGolden(dir + file);
});
