import { useState, type FormEvent } from "react";
import { publishPort } from "../docker/commands";
import { runCommands } from "../terminal/actions";
import { useWorld } from "../world/store";
import { useLayout } from "./store";
import { FormButtons } from "../FormButtons";

/** The first host port from 8080 up that no container publishes yet. */
function freePort(taken: readonly number[]): number {
  let port = 8080;
  while (taken.includes(port)) port++;
  return port;
}

/** Publish a port of a running container: Docker runs it again with `-p`, shown as commands. */
export function PublishForm({ name }: { name: string }) {
  const view = useWorld((s) => s.view);
  const container = view?.docker?.containers.find((c) => c.name === name);
  const taken = view?.docker?.containers.flatMap((c) => c.ports.map((p) => p.hostPort)) ?? [];
  const listens = view?.namespaces.find((ns) => ns.name === container?.netns)?.listeners[0]?.port ?? 80;
  const [hostPort, setHostPort] = useState(() => String(freePort(taken)));
  const [containerPort, setContainerPort] = useState(String(listens));
  const [proto, setProto] = useState<"tcp" | "udp">("tcp");
  if (!container) return null;
  const close = () => useLayout.getState().open(null);

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    if (!container) return;
    close();
    const port = { proto, hostIp: "", hostPort: Number(hostPort), containerPort: Number(containerPort) };
    void runCommands(publishPort(container, port));
  }

  return (
    // A dialog role belongs on a container, not on the form itself.
    <div role="dialog" aria-label={`Publish a port of ${name}`}>
      <form
        className="popup-form publish-form"
        onSubmit={onSubmit}
        onKeyDown={(e) => e.key === "Escape" && close()}
      >
        <p className="popup-title">
          Publish a port of <strong>{name}</strong>
        </p>
        <p className="popup-note">
          Docker cannot add a port to a running container: it is removed and run again.
        </p>
        <label>
          Host port
          <input
            value={hostPort}
            inputMode="numeric"
            pattern="[0-9]+"
            required
            autoFocus
            onChange={(e) => setHostPort(e.target.value)}
          />
        </label>
        <label>
          Container port
          <input
            value={containerPort}
            inputMode="numeric"
            pattern="[0-9]+"
            required
            onChange={(e) => setContainerPort(e.target.value)}
          />
        </label>
        <label>
          Protocol
          <select value={proto} onChange={(e) => setProto(e.target.value as "tcp" | "udp")}>
            <option>tcp</option>
            <option>udp</option>
          </select>
        </label>
        <FormButtons action="Publish" close={close} />
      </form>
    </div>
  );
}
