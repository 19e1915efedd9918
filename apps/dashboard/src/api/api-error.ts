/** An API answer that was not 2xx, with the message the API gave (shown to the user as is). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly code: string | null = null,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

interface ResponseLike {
  ok: boolean;
  status: number;
  statusText: string;
  json(): Promise<unknown>;
}

/**
 * The JSON body type of the 2xx members of a typed client response union. Endpoints that can
 * also answer CSV (`?format=csv`) type their 200 body as `T | string`; we only ever ask for JSON.
 */
export type OkBody<R> = Exclude<R extends { ok: true; json(): Promise<infer T> } ? T : never, string>;

/**
 * Resolves the JSON body of a 2xx answer; otherwise throws an ApiError with the API's
 * `{error: {code, message}}` (or the status line when the body is not ours, e.g. a proxy page).
 */
export async function unwrap<R extends ResponseLike>(response: R): Promise<OkBody<R>> {
  if (response.ok) return (await response.json()) as OkBody<R>;
  let body: unknown = null;
  try {
    body = await response.json();
  } catch {
    // Not JSON: the status line says enough.
  }
  const error =
    body && typeof body === 'object' && 'error' in body ? (body as { error: unknown }).error : null;
  if (error && typeof error === 'object' && 'message' in error) {
    const code = 'code' in error ? String(error.code) : null;
    throw new ApiError(response.status, String(error.message), code);
  }
  if (typeof error === 'string') throw new ApiError(response.status, error);
  throw new ApiError(response.status, `${response.status} ${response.statusText}`.trim());
}
