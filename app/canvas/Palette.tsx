import { IMAGES, runImage } from "../docker/commands";
import { runCommand } from "../terminal/actions";
import { IMAGE_TYPE } from "./drop";
import { NetworkForm } from "./NetworkForm";
import { useLayout } from "./store";

/**
 * Images to drag onto a network's bridge (a click runs one on the default network), and
 * "New network". Each ends as a docker command line. A strip above the network, so it hides none of it.
 */
export function Palette() {
  const popup = useLayout((s) => s.popup);
  const open = useLayout((s) => s.open);
  return (
    <aside className="palette" aria-label="Docker">
      <p className="palette-title">Images</p>
      <ul className="palette-images">
        {IMAGES.map((image) => (
          <li key={image}>
            <button
              type="button"
              className="palette-image"
              draggable
              title={`Drag onto a bridge: ${runImage(image, "NET")}; click: ${runImage(image)}`}
              onDragStart={(e) => {
                e.dataTransfer.setData(IMAGE_TYPE, image);
                e.dataTransfer.effectAllowed = "copy";
              }}
              onClick={() => void runCommand(runImage(image))}
            >
              {image}
            </button>
          </li>
        ))}
      </ul>
      <span className="palette-hint">drag onto a bridge</span>
      <button
        type="button"
        className="palette-network"
        aria-expanded={popup?.kind === "network"}
        onClick={() => open(popup?.kind === "network" ? null : { kind: "network" })}
      >
        New network
      </button>
      {popup?.kind === "network" && <NetworkForm />}
    </aside>
  );
}
