import { useEffect, useRef, type KeyboardEvent } from "react";
import { useLayout } from "./store";

export interface MenuItem {
  readonly label: string;
  readonly act: () => void;
  /** A choice among several (radio) or an option on or off (checkbox): shown and announced as such. */
  readonly checked?: boolean;
  readonly kind?: "radio" | "checkbox";
  readonly disabled?: boolean;
  readonly title?: string;
}

const ROLE = { radio: "menuitemradio", checkbox: "menuitemcheckbox" } as const;

/** A popup menu at a point of the page: arrow keys move, Escape or a click outside closes it. */
export function Menu({
  label,
  at,
  items,
}: {
  label: string;
  at: { x: number; y: number };
  items: MenuItem[];
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.querySelector<HTMLButtonElement>("button:enabled")?.focus(), []);
  const close = () => useLayout.getState().open(null);

  function onKeyDown(e: KeyboardEvent) {
    const buttons = [...(ref.current?.querySelectorAll<HTMLButtonElement>("button:enabled") ?? [])];
    const index = buttons.indexOf(document.activeElement as HTMLButtonElement);
    if (e.key === "Escape") close();
    else if (e.key === "ArrowDown") buttons[(index + 1) % buttons.length]?.focus();
    else if (e.key === "ArrowUp") buttons[(index - 1 + buttons.length) % buttons.length]?.focus();
    else return;
    e.preventDefault();
  }

  return (
    <>
      <div className="menu-backdrop" onClick={close} onContextMenu={(e) => (e.preventDefault(), close())} />
      <div
        ref={ref}
        className="menu"
        role="menu"
        aria-label={label}
        style={{ left: at.x, top: at.y }}
        onKeyDown={onKeyDown}
      >
        {items.map((item) => (
          <button
            key={item.label}
            type="button"
            role={item.kind ? ROLE[item.kind] : "menuitem"}
            aria-checked={item.kind ? Boolean(item.checked) : undefined}
            disabled={item.disabled}
            title={item.title}
            onClick={() => {
              close();
              item.act();
            }}
          >
            {item.kind && (
              <span className="menu-check" aria-hidden="true">
                {item.checked ? "✓" : ""}
              </span>
            )}
            {item.label}
          </button>
        ))}
      </div>
    </>
  );
}
