import { lazy, Suspense, useEffect } from "react";
import "./panels.css";
import { TABLE_NAMES, type TableName } from "../../engine/netfilter/tables";
import { selectFrame, usePlayer } from "../player/store";
import { useWorld } from "../world/store";
import { CaptureTab } from "./CaptureTab";
import { ConntrackTab } from "./ConntrackTab";
import { RoutesTab } from "./RoutesTab";
import { RulesTab } from "./RulesTab";
import { usePanels, type PanelTab } from "./store";

// What Docker did (the rule changes, dockerd's commands, the comparison with another version) is
// not on the first screen: its code loads when the tab is first opened.
const DockerTab = lazy(() => import("./DockerTab").then((m) => ({ default: m.DockerTab })));

const TABS: readonly { id: PanelTab; label: string }[] = [
  { id: "rules", label: "Rules" },
  { id: "conntrack", label: "Conntrack" },
  { id: "routes", label: "Routes/Interfaces" },
  { id: "capture", label: "Capture" },
  { id: "docker", label: "What Docker did" },
];

/** The panel follows the packet: each step shows its namespace, and its table when inside one. */
function useFollowStep() {
  const frame = usePlayer(selectFrame);
  useEffect(() => {
    if (frame) usePanels.getState().follow(frame.netns, frame.table);
  }, [frame]);
}

/** Rules, conntrack and routes of one namespace, live after every command. */
export function SidePanel() {
  useFollowStep();
  const { tab, netns, table, mode, setTab, setNetns, setTable, setMode } = usePanels();
  const namespaces = useWorld((s) => s.view?.namespaces) ?? [];
  const ns = namespaces.find((n) => n.name === netns) ?? namespaces[0];
  return (
    <section className="side-panel" aria-label="Details">
      <div className="tabs" role="tablist">
        {TABS.map((t) => (
          <button
            key={t.id}
            type="button"
            role="tab"
            id={`tab-${t.id}`}
            aria-selected={tab === t.id}
            aria-controls="panel-body"
            onClick={() => setTab(t.id)}
          >
            {t.label}
          </button>
        ))}
      </div>
      <div className="panel-filters" hidden={tab === "docker"}>
        <label>
          namespace
          <select value={ns?.name ?? ""} onChange={(e) => setNetns(e.target.value)}>
            {namespaces.map((n) => (
              <option key={n.name}>{n.name}</option>
            ))}
          </select>
        </label>
        {tab === "rules" && (
          <>
            <label>
              table
              <select value={table} onChange={(e) => setTable(e.target.value as TableName)}>
                {TABLE_NAMES.map((t) => (
                  <option key={t}>{t}</option>
                ))}
              </select>
            </label>
            <div className="segmented" role="group" aria-label="Listing">
              <button type="button" aria-pressed={mode === "S"} onClick={() => setMode("S")}>
                -S
              </button>
              <button type="button" aria-pressed={mode === "L"} onClick={() => setMode("L")}>
                -L -n -v -x
              </button>
            </div>
          </>
        )}
      </div>
      <div className="panel-body" id="panel-body" role="tabpanel" aria-labelledby={`tab-${tab}`} tabIndex={0}>
        {ns && tab === "rules" && <RulesTab ns={ns} table={table} />}
        {ns && tab === "conntrack" && <ConntrackTab ns={ns} />}
        {ns && tab === "routes" && <RoutesTab ns={ns} />}
        {ns && tab === "capture" && <CaptureTab ns={ns} />}
        {tab === "docker" && (
          <Suspense fallback={<p className="docker-tab">Loading what Docker did…</p>}>
            <DockerTab />
          </Suspense>
        )}
      </div>
    </section>
  );
}
