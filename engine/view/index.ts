/** The plain-data picture of a world that the app renders (see types.ts). */
export type * from "./types";
export { captureAll, type Capture } from "./capture";
export { viewOf } from "./view";
export { receiveView, viewSender, type NumberedView, type ViewSender, type ViewUpdate } from "./patch";
