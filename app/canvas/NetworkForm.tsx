import { useState, type FormEvent } from "react";
import { createNetwork } from "../docker/commands";
import { runCommand } from "../terminal/actions";
import { useWorld } from "../world/store";
import { useLayout } from "./store";
import { FormButtons } from "../FormButtons";

/** The first of backend, backend2, … that no network has yet. */
function freeName(taken: readonly string[]): string {
  for (let i = 1; ; i++) {
    const name = i === 1 ? "backend" : `backend${i}`;
    if (!taken.includes(name)) return name;
  }
}

/** `docker network create [--subnet S] NAME`, from a name and an optional subnet. */
export function NetworkForm() {
  const taken = useWorld((s) => s.view?.docker?.networks.map((n) => n.name).join(" ") ?? "");
  const [name, setName] = useState(() => freeName(taken.split(" ")));
  const [subnet, setSubnet] = useState("");
  const close = () => useLayout.getState().open(null);

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    if (name.trim() === "") return;
    close();
    void runCommand(createNetwork(name, subnet));
  }

  return (
    // A dialog role belongs on a container, not on the form itself.
    <div role="dialog" aria-label="Create a network">
      <form className="popup-form" onSubmit={onSubmit} onKeyDown={(e) => e.key === "Escape" && close()}>
        <label>
          Name
          <input
            value={name}
            autoFocus
            spellCheck={false}
            required
            onChange={(e) => setName(e.target.value)}
          />
        </label>
        <label>
          Subnet
          <input
            value={subnet}
            placeholder="chosen by Docker"
            spellCheck={false}
            onChange={(e) => setSubnet(e.target.value)}
          />
        </label>
        <FormButtons action="Create" close={close} />
      </form>
    </div>
  );
}
