import type { Lesson } from "../lesson";
import { laptopChallenge } from "./challenge";
import { composePort } from "./compose-port";
import { conntrackMasquerade } from "./conntrack-masquerade";
import { docker0Veth } from "./docker0-veth";
import { docker28 } from "./docker-28";
import { docker29 } from "./docker-29";
import { dockerUser } from "./docker-user";
import { isolation } from "./isolation";
import { portClash } from "./port-clash";
import { nftablesNotes, rootlessNotes } from "./reading-notes";
import { tablesAndChains } from "./tables-and-chains";

/** The tour, in the article's order; then what changed after it, the reading notes and the challenge. */
export const LESSONS: readonly Lesson[] = [
  tablesAndChains,
  conntrackMasquerade,
  portClash,
  docker0Veth,
  composePort,
  isolation,
  dockerUser,
  docker28,
  docker29,
  rootlessNotes,
  nftablesNotes,
  laptopChallenge,
];

export const findLesson = (id: string): Lesson | undefined => LESSONS.find((lesson) => lesson.id === id);
