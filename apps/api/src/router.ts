/**
 * A router with our validation hook: a request that fails its zod schema gets a 400 naming the
 * parameter, in the shared error shape, before any handler runs.
 */
import { OpenAPIHono } from '@hono/zod-openapi';
import { describeZodError, errorBody } from './errors.js';
import { ErrorSchema } from './schemas.js';

export function createRouter() {
  return new OpenAPIHono({
    defaultHook: (result, c) => {
      if (!result.success) {
        return c.json(errorBody('invalid_parameter', describeZodError(result.error)), 400);
      }
    },
  });
}

/** An error response for the OpenAPI document (and the typed client). */
export const errorResponse = (description: string) => ({
  content: { 'application/json': { schema: ErrorSchema } },
  description,
});

export const jsonResponse = <T>(schema: T, description: string) => ({
  content: { 'application/json': { schema } },
  description,
});
