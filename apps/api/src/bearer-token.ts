/**
 * Requires `Authorization: Bearer <token>` when tokens are configured (API_TOKEN, comma-separated:
 * one per analyst, so each is its own client for the SQL queue); compares digests in constant time
 * so response timing does not leak how much of a guess was right.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import { errorBody } from './errors.js';

const digest = (s: string) => createHash('sha256').update(s).digest();

function presented(c: Context): string | undefined {
  return /^Bearer\s+(.+)$/i.exec(c.req.header('Authorization') ?? '')?.[1]?.trim();
}

/** The configured token the request carries, as a digest, or undefined. */
function matching(expected: readonly Buffer[], token: string | undefined): Buffer | undefined {
  if (token === undefined) return undefined;
  const given = digest(token);
  // Every digest is compared, so the time taken does not say which one matched.
  let found: Buffer | undefined;
  for (const candidate of expected) if (timingSafeEqual(given, candidate)) found = candidate;
  return found;
}

export function requireBearerToken(tokens: readonly string[] | undefined): MiddlewareHandler {
  const expected = (tokens ?? []).map(digest);
  return async (c, next) => {
    if (expected.length === 0) return next();
    if (!matching(expected, presented(c))) {
      c.header('WWW-Authenticate', 'Bearer realm="gwr-sql"');
      return c.json(errorBody('unauthorized', 'POST /api/sql needs Authorization: Bearer <API_TOKEN>'), 401);
    }
    return next();
  };
}

/**
 * Who is asking, for per-client limits: the configured token the request carries (a token the
 * server does not know identifies no one, or anyone could pick a new one per query), else the
 * peer's address.
 */
export function clientKey(c: Context, tokens: readonly string[] | undefined): string {
  const token = matching((tokens ?? []).map(digest), presented(c));
  if (token) return `token:${token.toString('hex').slice(0, 16)}`;
  const incoming = (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming;
  return `address:${incoming?.socket?.remoteAddress ?? 'local'}`;
}
