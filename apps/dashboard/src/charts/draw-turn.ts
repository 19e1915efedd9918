/**
 * Charts take turns to draw, one per frame, in the order they asked (the page's order). A Recharts
 * plot costs tens of milliseconds to lay out (four times that on a slow phone); drawn all in one
 * render, a page of ten kept every one of them, the first included, off the screen until the last
 * was done. Taking turns, the first is on screen after its own work only, and the browser paints
 * and answers input between the others. Each chart's box has its height before its turn, so
 * nothing moves when the plot arrives. A long part below the charts (AfterTurn) waits its turn too.
 */
import { type ReactNode, useEffect, useState } from 'react';

const waiting: (() => void)[] = [];
let busy = false;

/** Grants the next turn, then waits for the browser to paint what it drew before granting another. */
function grantNext(): void {
  const next = waiting.shift();
  if (!next) {
    busy = false;
    return;
  }
  busy = true;
  next();
  requestAnimationFrame(() => setTimeout(grantNext));
}

/** True once this part of the page may draw. */
export function useDrawTurn(): boolean {
  const [granted, setGranted] = useState(false);
  useEffect(() => {
    if (granted) return;
    const grant = () => setGranted(true);
    waiting.push(grant);
    if (!busy) grantNext();
    return () => {
      const at = waiting.indexOf(grant);
      if (at >= 0) waiting.splice(at, 1);
    };
  }, [granted]);
  return granted;
}

/** Its children once their turn comes: a part of a page that lies below its first charts. */
export function AfterTurn({ children }: { children: ReactNode }): ReactNode {
  return useDrawTurn() ? children : null;
}
