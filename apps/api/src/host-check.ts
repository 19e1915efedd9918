/**
 * Answers only requests addressed to this server by a name it knows: a page on another site can make
 * a browser resolve its own name to 127.0.0.1 (DNS rebinding) and then read the API as if it were
 * same-origin, but its requests still carry that site's name in `Host`. IP literals and localhost
 * cannot be rebound; other names must be listed (ALLOWED_HOSTS).
 */
import { isIP } from 'node:net';
import type { MiddlewareHandler } from 'hono';
import { errorBody } from './errors.js';

/** The host name of a Host header, without port or IPv6 brackets, in lower case. */
export function hostName(header: string): string {
  const bracketed = /^\[([^\]]+)\](:\d+)?$/.exec(header);
  if (bracketed) return bracketed[1]!.toLowerCase();
  return header.replace(/:\d+$/, '').toLowerCase();
}

export function isAllowedHost(header: string | undefined, allowed: readonly string[]): boolean {
  if (!header) return false;
  const name = hostName(header);
  if (isIP(name) !== 0) return true;
  if (name === 'localhost' || name.endsWith('.localhost')) return true;
  return allowed.some((host) => host.toLowerCase() === name);
}

export function hostCheck(allowed: readonly string[]): MiddlewareHandler {
  return async (c, next) => {
    const host = c.req.header('Host') ?? new URL(c.req.url).host;
    if (isAllowedHost(host, allowed)) return next();
    return c.json(
      errorBody(
        'host_not_allowed',
        `this server does not answer to ${JSON.stringify(host)}; add it to ALLOWED_HOSTS`,
      ),
      421,
    );
  };
}

/** Whether a listening address is this machine only. */
export function isLoopback(host: string): boolean {
  const name = hostName(host);
  if (name === 'localhost') return true;
  if (isIP(name) === 4) return name.startsWith('127.');
  return name === '::1';
}
