/** The API token for this browser tab (never in the URL), shared by the SQL console and the add page. */
const TOKEN_KEY = 'gwr.apiToken';

export function readStoredToken(): string {
  try {
    return sessionStorage.getItem(TOKEN_KEY) ?? '';
  } catch {
    return '';
  }
}

export function storeToken(token: string): void {
  try {
    sessionStorage.setItem(TOKEN_KEY, token);
  } catch {
    // Storage refused (private mode): the token lasts as long as the page.
  }
}
