/**
 * Requires `Authorization: Bearer <token>` when a token is configured; compares in constant time so
 * response timing does not leak how much of a guess was right.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { errorBody } from './errors.js';

const digest = (s: string) => createHash('sha256').update(s).digest();

export function requireBearerToken(token: string | undefined): MiddlewareHandler {
  const expected = token ? digest(token) : undefined;
  return async (c, next) => {
    if (!expected) return next();
    const match = /^Bearer\s+(.+)$/i.exec(c.req.header('Authorization') ?? '');
    if (!match || !timingSafeEqual(digest(match[1]!.trim()), expected)) {
      c.header('WWW-Authenticate', 'Bearer realm="gwr-sql"');
      return c.json(errorBody('unauthorized', 'POST /api/sql needs Authorization: Bearer <API_TOKEN>'), 401);
    }
    return next();
  };
}
