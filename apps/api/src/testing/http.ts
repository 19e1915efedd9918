/**
 * Test support: read a response body as loosely-typed JSON. Endpoint response types are checked
 * at compile time in client-types.test.ts; here tests assert the values.
 */
// biome-ignore lint/suspicious/noExplicitAny: assertions walk arbitrary JSON
export type AnyJson = any;

export async function json(res: Response): Promise<AnyJson> {
  return res.json();
}
