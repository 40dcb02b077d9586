import { Canvas } from "./canvas/Canvas";
import { Composer } from "./composer/Composer";
import { Header } from "./Header";
import { SidePanel } from "./panels/SidePanel";
import { PacketCard } from "./player/PacketCard";
import { Player } from "./player/Player";
import { selectFrame, usePlayer } from "./player/store";
import { Terminal } from "./terminal/Terminal";

/** The playground: the network and the packet on the left, its details and a terminal on the right. */
export function App() {
  const frame = usePlayer(selectFrame);
  return (
    <div className="app">
      <Header />
      <main className="app-main">
        <div className="stage">
          <Canvas>{frame && <PacketCard frame={frame} />}</Canvas>
          <div className="stepper">
            <Composer />
            <Player />
          </div>
        </div>
        <div className="aside">
          <SidePanel />
          <Terminal />
        </div>
      </main>
    </div>
  );
}
