/**
 * POST /api/documents: add a report to the store while the server runs. The report is the
 * multipart field `file` or the raw request body, in any encoding the extractor reads. With
 * `?preview=1` the answer is its documents and facts and nothing is written; otherwise the report
 * becomes the next generation of the store (report-intake.ts). Committing needs the server's
 * API_TOKEN; a server without one does not accept reports.
 */
import { ExtractError } from '@gwr/extract';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { requireBearerToken } from '../bearer-token.js';
import { errorBody } from '../errors.js';
import type { ReportIntake } from '../report-intake.js';

/** Largest report accepted: the extractor's own input limit is far above any real report. */
export const MAX_REPORT_BYTES = 16 * 1024 * 1024;

async function reportOf(c: import('hono').Context): Promise<{ bytes: Uint8Array; name: string }> {
  const type = c.req.header('Content-Type') ?? '';
  if (type.startsWith('multipart/form-data')) {
    const form = await c.req.parseBody();
    const file = form.file;
    if (!(file instanceof File)) throw new ExtractError('upload', 'the form has no file field named "file"');
    return { bytes: new Uint8Array(await file.arrayBuffer()), name: file.name || 'upload.txt' };
  }
  return { bytes: new Uint8Array(await c.req.arrayBuffer()), name: c.req.query('name') ?? 'upload.txt' };
}

export function addDocumentRoutes(
  intake: ReportIntake | undefined,
  apiTokens: readonly string[] | undefined,
) {
  const app = new Hono();
  app.post(
    '/api/documents',
    bodyLimit({
      maxSize: MAX_REPORT_BYTES,
      onError: (c) =>
        c.json(errorBody('body_too_large', `a report may have up to ${MAX_REPORT_BYTES} bytes`), 413),
    }),
    async (c, next) => {
      if (c.req.query('preview') === '1') return next();
      if (!intake || !apiTokens?.length)
        return c.json(
          errorBody('forbidden', 'this server does not accept reports: start it with API_TOKEN set'),
          403,
        );
      return requireBearerToken(apiTokens)(c, next);
    },
    async (c) => {
      if (!intake) return c.json(errorBody('forbidden', 'this server does not accept reports'), 403);
      let report: { bytes: Uint8Array; name: string };
      try {
        report = await reportOf(c);
        if (c.req.query('preview') === '1') return c.json(intake.preview(report.bytes, report.name), 200);
        const commit = await intake.commit(report.bytes, report.name);
        return c.json(commit, commit.added.length > 0 ? 201 : 200);
      } catch (error) {
        if (error instanceof ExtractError)
          return c.json(errorBody('unreadable_report', `${error.file}: ${error.reason}`), 422);
        throw error;
      }
    },
  );
  return app;
}
