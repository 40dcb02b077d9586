import { useEffect, useLayoutEffect, useRef, useState } from "react";
import { LessonView } from "./LessonView";
import { useTour, watchCommands } from "./store";
import "./tour.css";

/** Where the header ends: the drawer sits below it, so the Tour button stays in view. */
function useHeaderBottom(open: boolean): number {
  const [bottom, setBottom] = useState(0);
  useLayoutEffect(() => {
    if (!open) return;
    const measure = () =>
      setBottom(document.querySelector(".app-header")?.getBoundingClientRect().bottom ?? 0);
    measure();
    window.addEventListener("resize", measure);
    return () => window.removeEventListener("resize", measure);
  }, [open]);
  return bottom;
}

/** Closes the drawer and gives focus back to the button that opened it. */
function close(): void {
  useTour.getState().setOpen(false);
  document.getElementById("tour-button")?.focus();
}

/** The guided tour's drawer: the lessons, the one shown, and Previous/Next. Escape closes it. */
export function TourPanel() {
  const { open, lessons, index, error, show, load } = useTour();
  const heading = useRef<HTMLHeadingElement>(null);
  const top = useHeaderBottom(open);
  const panel = useRef<HTMLElement>(null);
  useEffect(watchCommands, []);
  useEffect(() => {
    if (!open) return;
    void load();
    heading.current?.focus();
  }, [open, load]);
  useEffect(() => {
    if (!open) return;
    // Escape from within the drawer, or from nowhere (a button that went disabled drops focus to body).
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as Node;
      if (e.key === "Escape" && (target === document.body || panel.current?.contains(target))) close();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [open]);
  if (!open) return null;
  const lesson = lessons[index];
  return (
    <aside id="tour-panel" className="tour-panel" ref={panel} style={{ top }} aria-label="Guided tour">
      <header className="tour-head">
        <h2 ref={heading} tabIndex={-1}>
          Guided tour
        </h2>
        <button type="button" onClick={close} aria-label="Close the tour">
          Close
        </button>
      </header>
      <nav aria-label="Lessons">
        <ol className="tour-list">
          {lessons.map((l, i) => (
            <li key={l.id}>
              <button type="button" aria-current={i === index ? "step" : undefined} onClick={() => show(i)}>
                {l.title}
              </button>
            </li>
          ))}
        </ol>
      </nav>
      {error && (
        <p className="tour-error" role="alert">
          {error}
        </p>
      )}
      {lesson && <LessonView lesson={lesson} position={`Lesson ${index + 1} of ${lessons.length}`} />}
      <footer className="tour-nav">
        <button type="button" disabled={index === 0} onClick={() => show(index - 1)}>
          Previous
        </button>
        <button type="button" disabled={index >= lessons.length - 1} onClick={() => show(index + 1)}>
          Next
        </button>
      </footer>
    </aside>
  );
}
