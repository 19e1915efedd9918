/**
 * Whether this render makes or takes over a page the server rendered (server-render.tsx): true on
 * the server and in the browser's hydrating render, false in every render after it and in a page
 * the browser made itself. The server's snapshot of a store that never changes is what React
 * uses while hydrating, so the browser's first render matches the server's markup.
 */
import { useSyncExternalStore } from 'react';

const noSubscription = () => () => {};

export function usePrerendered(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => false,
    () => true,
  );
}
