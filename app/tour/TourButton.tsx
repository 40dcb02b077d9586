import { useTour } from "./store";
import "./tour-button.css";

/** The header's way into the tour: opens and closes the drawer. */
export function TourButton() {
  const open = useTour((s) => s.open);
  const setOpen = useTour((s) => s.setOpen);
  return (
    <button
      type="button"
      id="tour-button"
      className="tour-button"
      aria-expanded={open}
      aria-controls="tour-panel"
      onClick={() => setOpen(!open)}
    >
      Tour
    </button>
  );
}
