import { Canvas } from "./canvas/Canvas";
import { Composer } from "./composer/Composer";
import { Header } from "./Header";
import { SidePanel } from "./panels/SidePanel";
import { CurrentPacketCard } from "./player/PacketCard";
import { Player } from "./player/Player";
import { RecoveryBanner } from "./recovery/RecoveryBanner";
import { Terminal } from "./terminal/Terminal";
import { TourDrawer } from "./tour/TourDrawer";

/** The playground: the network and the packet on the left, its details and a terminal on the right. */
export function App() {
  return (
    <div className="app">
      <Header />
      <RecoveryBanner />
      <main className="app-main">
        <div className="stage">
          <Canvas>
            <CurrentPacketCard />
          </Canvas>
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
      <TourDrawer />
    </div>
  );
}
