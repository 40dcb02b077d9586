/**
 * What the playground runs on opening and after Reset world: two containers on docker0, one with
 * a published port. They run as commands, so they stand in the history like anything typed.
 */
export const START_COMMANDS: readonly string[] = [
  "docker run -d --name web -p 8080:80 nginx",
  "docker run -d --name db redis",
];
