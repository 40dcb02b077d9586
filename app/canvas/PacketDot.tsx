import { useEffect, useRef, type RefObject } from "react";

/** Points sampled along the cable: the dot moves straight between them, which reads as the curve. */
const SAMPLES = 24;
const LAP_MS = 1200;

/**
 * The packet travelling a cable. It moves by a transform animation, which the compositor runs on its
 * own: an SVG animateMotion (or anything else re-painted each frame) had the browser paint the whole
 * network's layer 60 times a second, which a network of 200 containers could not keep up with.
 */
export function PacketDot({
  along,
  path: d,
  reverse,
}: {
  /** The drawn cable, to measure. */
  along: RefObject<SVGPathElement | null>;
  /** Its path, which the dot starts again on when it changes. */
  path: string;
  reverse: boolean;
}) {
  const dot = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const path = along.current;
    if (!path || !dot.current) return;
    const length = path.getTotalLength();
    const points = Array.from({ length: SAMPLES + 1 }, (_, i) =>
      path.getPointAtLength((length * i) / SAMPLES),
    );
    if (reverse) points.reverse();
    const still = window.matchMedia("(prefers-reduced-motion: reduce)").matches;
    const frames = (still ? [points[SAMPLES / 2]!] : points).map((p) => ({
      transform: `translate(${p.x}px, ${p.y}px)`,
    }));
    const animation = dot.current.animate(frames, {
      duration: LAP_MS,
      iterations: still ? 1 : Infinity,
      fill: "forwards",
    });
    return () => animation.cancel();
  }, [along, d, reverse]);
  return <div ref={dot} className="packet-dot" aria-hidden="true" />;
}
