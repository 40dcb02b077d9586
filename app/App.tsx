import { Header } from "./Header";
import { Sidebar } from "./Sidebar";
import { Terminal } from "./terminal/Terminal";

export function App() {
  return (
    <div className="app">
      <Header />
      <main className="app-main">
        <Terminal />
        <Sidebar />
      </main>
    </div>
  );
}
