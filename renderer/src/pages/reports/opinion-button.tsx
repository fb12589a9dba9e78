import { Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { OpinionDialog } from './opinion-dialog';

/** The 评查意见书 action on the review screen. */
export function OpinionButton({ caseId, reviewId }: { caseId: string; reviewId: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button onClick={() => setOpen(true)} data-testid="open-opinion">
        {t('reports.opinion')}
      </Button>
      {open ? (
        <OpinionDialog caseId={caseId} reviewId={reviewId} open onClose={() => setOpen(false)} />
      ) : null}
    </>
  );
}
