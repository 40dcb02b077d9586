import { parameterProblem } from "../../iptables/errors";
import type { MatchModule } from "../extension";
import { stateBit } from "./ct-state";
import { parseWords, stateNames, STATE_WORDS } from "./ct-words";
import { setWhy } from "./why-text";

export interface StateMatch {
  /** CT_STATE bits; undefined until --state is given (it is mandatory). */
  states?: number;
  invert: boolean;
}

/**
 * libxt_state: in 1.8.9 an alias of conntrack revision 3 that tests only the state, so the kernel
 * sees a conntrack match; iptables still loads, saves and lists it as "state".
 */
export const state: MatchModule<StateMatch> = {
  kind: "match",
  usesConntrack: () => true,
  name: "state",
  options: [{ name: "state", arg: "required", invertible: true }],
  init: () => ({ module: state, invert: false }),
  parse(m, _option, arg, invert) {
    m.states = parseWords(
      arg!,
      STATE_WORDS,
      (rest) => parameterProblem(`Bad state "${rest}"`),
      () => parameterProblem('"--state" requires a list of states with no spaces, e.g. ESTABLISHED,RELATED'),
    );
    m.invert = invert;
  },
  final(m) {
    if (m.states === undefined) throw parameterProblem('state: option "--state" must be specified\n');
  },
  save: (m) => `${m.invert ? " !" : ""} --state ${stateNames(m.states!)}`,
  list: (m) => `${m.invert ? " !" : ""} state ${stateNames(m.states!)}`,
  // The kernel runs conntrack_mt with the state test alone; SNAT and DNAT are never asked for.
  match: (m, packet) => ((m.states! & stateBit(packet)) !== 0) !== m.invert,
  why: (m, packet) => setWhy("state", stateNames(stateBit(packet)), stateNames(m.states!), m.invert),
};
