import { App } from 'antd';
import { useCallback, useEffect, useRef, useState } from 'react';
import type {
  ItemFinding,
  ReviewView,
  SuggestionDecision,
} from '../../../../preload/contract/methods/reviews';
import { ApiCallError, callOrThrow } from '../../api/call-or-throw';

/**
 * One review's state with autosave: each change is applied locally at once and
 * saved in order (a queue), and the server's fresh score report replaces the
 * local one. A failed save reloads the review so the screen never shows
 * something the database does not hold.
 */
export function useReview(reviewId: string) {
  const { message } = App.useApp();
  const [view, setView] = useState<ReviewView>();
  const [pending, setPending] = useState(0);
  const [savedAt, setSavedAt] = useState<string>();
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const pendingCount = useRef(0);
  const failed = useRef(false);

  const fail = useCallback(
    (error: unknown) => message.error(error instanceof ApiCallError ? error.message : String(error)),
    [message],
  );

  const reload = useCallback(async () => {
    try {
      setView(await callOrThrow('reviews.get', { id: reviewId }));
    } catch (error) {
      fail(error);
    }
  }, [reviewId, fail]);

  useEffect(() => {
    void reload();
  }, [reload]);

  const setItem = useCallback(
    (itemCode: string, finding: ItemFinding | null) => {
      setView((v) => {
        if (!v) return v;
        const others = v.results.filter((r) => r.itemCode !== itemCode);
        const now = new Date().toISOString();
        return {
          ...v,
          results: finding ? [...others, { ...finding, itemCode, createdAt: now, updatedAt: now }] : others,
        };
      });
      pendingCount.current += 1;
      setPending(pendingCount.current);
      queue.current = queue.current.then(async () => {
        try {
          const saved = await callOrThrow('reviews.setItem', { id: reviewId, itemCode, finding });
          setView((v) => (v ? { ...v, report: saved.report } : v));
          setSavedAt(saved.updatedAt);
        } catch (error) {
          fail(error);
          failed.current = true;
        } finally {
          pendingCount.current -= 1;
          setPending(pendingCount.current);
          // Reload only once every queued save has run, or it would wipe the local edits still in flight.
          if (pendingCount.current === 0 && failed.current) {
            failed.current = false;
            await reload();
          }
        }
      });
    },
    [reviewId, fail, reload],
  );

  const run = useCallback(
    async (action: () => Promise<ReviewView>) => {
      await queue.current;
      try {
        setView(await action());
        return true;
      } catch (error) {
        fail(error);
        return false;
      }
    },
    [fail],
  );

  const decide = useCallback(
    async (itemCode: string, ruleId: string, decision: SuggestionDecision) => {
      try {
        const d = await callOrThrow('reviews.decideSuggestion', { id: reviewId, itemCode, ruleId, decision });
        setView((v) =>
          v
            ? {
                ...v,
                suggestionDecisions: [
                  ...v.suggestionDecisions.filter((x) => x.itemCode !== itemCode || x.ruleId !== ruleId),
                  d,
                ],
              }
            : v,
        );
      } catch (error) {
        fail(error);
      }
    },
    [reviewId, fail],
  );

  return {
    view,
    saving: pending > 0,
    savedAt,
    setItem,
    decide,
    submit: () => run(() => callOrThrow('reviews.submit', { id: reviewId })),
    reopen: (reason: string) => run(() => callOrThrow('reviews.reopen', { id: reviewId, reason })),
  };
}
