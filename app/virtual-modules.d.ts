/** Made by vite.config.ts at build time: the engine's answers to the page's opening, recorded in Node. */
declare module "virtual:opening-snapshot" {
  const calls: readonly import("./world/opening-record").AnsweredCall[];
  export default calls;
}
