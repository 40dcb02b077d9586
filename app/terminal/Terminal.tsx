import { lazy, Suspense, useEffect, useState } from "react";
import { useShallow } from "zustand/react/shallow";
import { useTerminal } from "../store";
import { useWorld } from "../world/store";
import { terminalTabs } from "./prompt";
import "./terminal.css";
import { XtermView } from "./XtermView";

// Importing a dump or a compose file is not on the first screen: its dialog loads when first opened.
const ImportDialog = lazy(() => import("./ImportDialog").then((m) => ({ default: m.ImportDialog })));

/** A terminal per namespace (the host, each container, the LAN's machines), one shown at a time. */
export function Terminal() {
  const tab = useTerminal((s) => s.tab);
  const setTab = useTerminal((s) => s.setTab);
  const clear = useTerminal((s) => s.clear);
  const busy = useTerminal((s) => s.entries.some((e) => e.netns === s.tab && e.status === null));
  const tabs = useWorld(useShallow((s) => terminalTabs(s.view)));
  const [importing, setImporting] = useState(false);

  // A container's tab closes when the container stops or goes.
  useEffect(() => {
    if (!tabs.includes(tab)) setTab("host");
  }, [tabs, tab, setTab]);

  return (
    <section className="terminal" aria-label={`Terminal ${tab}`} aria-busy={busy}>
      <header className="terminal-bar">
        <div className="terminal-tabs" role="tablist" aria-label="Terminals">
          {tabs.map((netns) => (
            <button
              key={netns}
              type="button"
              className="terminal-tab"
              role="tab"
              aria-selected={netns === tab}
              onClick={() => setTab(netns)}
            >
              {netns}
            </button>
          ))}
        </div>
        <div className="terminal-actions">
          <button
            type="button"
            className="ghost"
            aria-expanded={importing}
            onClick={() => setImporting(!importing)}
            title="Import an iptables-save dump into a namespace, or a compose file"
          >
            Import…
          </button>
          <button
            type="button"
            className="ghost"
            onClick={clear}
            title="Clear the screen (Ctrl+L); ↑ ↓ recall earlier commands, Tab completes"
          >
            Clear
          </button>
        </div>
      </header>
      {importing && (
        <Suspense fallback={null}>
          <ImportDialog netns={tab} tabs={tabs} close={() => setImporting(false)} />
        </Suspense>
      )}
      <div className="terminal-screen">
        <XtermView key={tab} netns={tab} />
      </div>
    </section>
  );
}
