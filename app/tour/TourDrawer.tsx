import { lazy, Suspense, useState } from "react";
import { useTour } from "./store";

const TourPanel = lazy(() => import("./TourPanel").then(({ TourPanel }) => ({ default: TourPanel })));

/**
 * The tour's drawer, loaded the first time it opens: the first screen does not need the lessons' views.
 * Kept mounted after, since it watches the commands of a lesson being followed.
 */
export function TourDrawer() {
  const open = useTour((s) => s.open);
  const [wanted, setWanted] = useState(open);
  if (open && !wanted) setWanted(true);
  if (!wanted) return null;
  return (
    <Suspense fallback={null}>
      <TourPanel />
    </Suspense>
  );
}
