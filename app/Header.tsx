import { ScenarioBar } from "./scenario/ScenarioBar";
import { TourButton } from "./tour/TourButton";

/** The product bar: name, what it is in one line, and where the model runs. */
export function Header() {
  return (
    <header className="app-header">
      <img className="app-logo" src="./favicon.svg" alt="" width={28} height={28} />
      <div className="app-title">
        <h1>Netfilter Playground</h1>
        <p className="tagline">
          A simulated Linux network: type the commands you know, send a packet, and step through its road hook
          by hook.
        </p>
      </div>
      <ScenarioBar />
      <TourButton />
      <span className="badge" title="The engine runs in a Web Worker; nothing is sent anywhere.">
        runs in your browser
      </span>
    </header>
  );
}
