import { cleanup, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { api, renderApp } from '../test/render-app';

afterEach(cleanup);

describe('loading, empty and error states', () => {
  it('shows a skeleton while the documents load, then every document', async () => {
    const { documents } = await api.workReports();
    renderApp('/documents');
    expect(await screen.findByTestId('skeleton')).toBeTruthy();
    const list = await screen.findByTestId('document-list', {}, { timeout: 25_000 });
    for (const doc of documents) expect(list.textContent).toContain(doc.title);
    expect(screen.queryByTestId('skeleton')).toBeNull();
  });

  it("says in Chinese that an unknown document is not there, with the API's own words, and offers no useless retry", async () => {
    const id = 'no-such-document';
    const res = await fetch(`${api.client().api.documents[':id'].$url({ param: { id } })}`);
    const body = (await res.json()) as { error: { code: string; message: string } };
    expect(res.status).toBe(404);
    expect(body.error.code).toBe('not_found');
    renderApp(`/documents/${id}`);
    const error = await screen.findByTestId('error-state', {}, { timeout: 25_000 });
    expect(error.textContent).toContain('未找到所请求的内容');
    expect(error.textContent).toContain(body.error.message);
    // A 404 will not change on asking again.
    expect(screen.queryByRole('button', { name: '重试' })).toBeNull();
  });

  it('shows an empty state when a search matches no commitment', async () => {
    const { documents } = await api.workReports();
    const region = documents.find((d) => d.region)!.region!;
    renderApp(
      `/regions/${encodeURIComponent(region)}?q=${encodeURIComponent('这段文字不会出现在任何报告里')}`,
    );
    await screen.findByTestId('scorecard-table', {}, { timeout: 25_000 });
    const section = screen.getByRole('heading', { name: '全部承诺与任务' }).closest('section')!;
    await waitFor(() => expect(section.querySelector('.state-empty')?.textContent).toBe('暂无数据'), {
      timeout: 25_000,
    });
    expect(screen.queryByTestId('commitments')).toBeNull();
  });
});
