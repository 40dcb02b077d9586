import { createEngineApi } from "../../engine/engine-api";
import { recordOpening, type AnsweredCall } from "./opening-record";
import { START_DOCUMENT } from "./start";

/** What a fresh engine answers to the page's opening: run by the build in Node (vite.config.ts). */
export const openingSnapshot = (): Promise<AnsweredCall[]> =>
  recordOpening(createEngineApi(), START_DOCUMENT);
