import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// pdf.js itself is not under test: each getDocument call yields a distinct, observable task.
interface FakeTask {
  url: string;
  destroy: ReturnType<typeof vi.fn>;
  getPage: ReturnType<typeof vi.fn>;
  promise: Promise<{ getPage: ReturnType<typeof vi.fn> }>;
}
const tasks: FakeTask[] = [];
vi.mock('pdfjs-dist', () => ({
  getDocument: ({ url }: { url: string }) => {
    const getPage = vi.fn(() => Promise.resolve({}));
    const task = {
      url,
      destroy: vi.fn(() => Promise.resolve()),
      getPage,
      promise: Promise.resolve({ getPage }),
    };
    tasks.push(task);
    return task;
  },
}));
vi.mock('../../renderer/src/viewer/pdf/pdfjs-assets', () => ({
  pdfWorker: () => ({}),
  pdfLoadOptions: () => ({}),
}));

/** A fresh module per test: the loader keeps module-level state. */
const loader = async () => {
  vi.resetModules();
  return import('../../renderer/src/viewer/pdf/pdf-loading');
};

beforeEach(() => {
  tasks.length = 0;
  vi.useFakeTimers();
});
afterEach(() => vi.useRealTimers());

describe('PDF loads started on click (pdf-loading.ts)', () => {
  it('hands the early load to the viewer that mounts for it, once', async () => {
    const { preloadPdf, claimPdfLoad } = await loader();
    preloadPdf('doc/A');
    await tasks[0]!.promise;
    await Promise.resolve();
    expect(tasks[0]!.getPage).toHaveBeenCalledWith(1); // page 1 is asked for ahead of the viewer
    expect(claimPdfLoad('doc/A')).toBe(tasks[0]);
    expect(claimPdfLoad('doc/A')).toBe(tasks[1]); // a second viewer gets its own load
    expect(tasks[0]!.destroy).not.toHaveBeenCalled();
  });

  it('keeps only the latest early load and never reuses it for another document or a password', async () => {
    const { preloadPdf, claimPdfLoad } = await loader();
    preloadPdf('doc/A');
    preloadPdf('doc/B');
    expect(tasks[0]!.destroy).toHaveBeenCalledOnce();
    expect(claimPdfLoad('doc/B', 'secret')).toBe(tasks[2]);
    expect(claimPdfLoad('doc/B')).toBe(tasks[1]);
  });

  it('does not start a load for the document already on screen, and drops one nobody claims', async () => {
    const { preloadPdf, claimPdfLoad } = await loader();
    claimPdfLoad('doc/A');
    preloadPdf('doc/A');
    expect(tasks).toHaveLength(1);
    preloadPdf('doc/B');
    vi.advanceTimersByTime(10_000);
    expect(tasks[1]!.destroy).toHaveBeenCalledOnce();
    expect(claimPdfLoad('doc/B')).toBe(tasks[2]);
  });
});
