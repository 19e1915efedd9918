/**
 * Charts take turns to draw, one per frame, in the order they asked (the page's order). A Recharts
 * plot costs tens of milliseconds to lay out (four times that on a slow phone); drawn all in one
 * render, a page of ten kept every one of them, the first included, off the screen until the last
 * was done. Taking turns, the first is on screen after its own work only, and the browser paints
 * and answers input between the others. Each chart's box has its height before its turn, so
 * nothing moves when the plot arrives.
 */
import { useEffect, useState } from 'react';

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

/** True once this chart may draw; `wanted` false (a hidden chart) never asks for a turn. */
export function useDrawTurn(wanted: boolean): boolean {
  const [granted, setGranted] = useState(false);
  useEffect(() => {
    if (!wanted || granted) return;
    const grant = () => setGranted(true);
    waiting.push(grant);
    if (!busy) grantNext();
    return () => {
      const at = waiting.indexOf(grant);
      if (at >= 0) waiting.splice(at, 1);
    };
  }, [wanted, granted]);
  return granted && wanted;
}
