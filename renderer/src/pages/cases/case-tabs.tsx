import type { ReactNode } from 'react';
import type { CaseRecord } from '../../../../preload/contract/methods/cases';
import { AnnotationsTab } from '../../annotations/annotations-tab';
import { CaseInfoTab } from './case-info-tab';
import { CaseDocumentsTab } from './documents/case-documents-tab';
import { ReviewTab } from '../review/review-tab';
import { FactsTab } from '../checks/facts-tab';

/**
 * The tabs of a case page, in order. A capability adds its tab here (one
 * entry) and keeps its components in its own folder.
 */
export interface CaseTab {
  key: string;
  labelKey: string;
  render(record: CaseRecord, reload: () => void): ReactNode;
}

export const CASE_TABS: CaseTab[] = [
  { key: 'documents', labelKey: 'caseTabs.documents', render: (r) => <CaseDocumentsTab caseId={r.id} /> },
  { key: 'info', labelKey: 'caseTabs.info', render: (r) => <CaseInfoTab record={r} /> },
  { key: 'review', labelKey: 'review.tab', render: (r) => <ReviewTab record={r} /> },
  { key: 'facts', labelKey: 'facts.tab', render: (r) => <FactsTab caseId={r.id} /> },
  { key: 'annotations', labelKey: 'annotations.tab', render: (r) => <AnnotationsTab caseId={r.id} /> },
];
