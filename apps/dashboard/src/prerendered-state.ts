/**
 * What a server-rendered page (server-render.tsx) hands the browser besides its markup: the
 * language it was rendered in, React Query's cache of the data it drew (dehydrated) and the
 * router's loader data, in a `<script type="application/json">` block, which the page's
 * Content-Security-Policy lets through as data (it runs nothing). The browser hydrates from exactly
 * this, so its first render is the server's and no request repeats one the server made.
 */
import type { DehydratedState } from '@tanstack/react-query';
import type { HydrationState } from 'react-router';
import type { Lang } from './i18n/dictionary';

export const PRERENDERED_STATE_ID = 'gwr-prerendered';

export interface PrerenderedState {
  lang: Lang;
  queries: DehydratedState;
  router: HydrationState;
}

/**
 * The state as the text of a script element: `<` escaped, so no string in the data (a report's
 * sentence, say) can close the element; U+2028/9 escaped for any reader that treats them as breaks.
 */
export function stateScript(state: PrerenderedState): string {
  const json = JSON.stringify(state)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
  return `<script type="application/json" id="${PRERENDERED_STATE_ID}">${json}</script>`;
}

/** The state of the page being loaded, or null when the page was not rendered on the server. */
export function readPrerenderedState(doc: Document): PrerenderedState | null {
  const text = doc.getElementById(PRERENDERED_STATE_ID)?.textContent;
  return text ? (JSON.parse(text) as PrerenderedState) : null;
}
