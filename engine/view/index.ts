/** The plain-data picture of a world that the app renders (see types.ts). */
export type * from "./types";
export { viewOf } from "./view";
