import * as auditMessages from './audit-messages';
import * as annotationsMessages from './annotations-messages';
import * as campaignMessages from './campaign-messages';
import * as checksMessages from './checks-messages';
import * as exchangeMessages from './exchange-messages';
import * as reportsMessages from './reports-messages';
import * as reviewMessages from './review-messages';
/**
 * Per-capability message bundles: each capability keeps its strings in its
 * own file (`<capability>-messages.ts` exporting `{ zhCN, en }` with the same
 * keys under one top-level namespace) and adds one line here.
 */
export interface MessageBundle {
  zhCN: Record<string, unknown>;
  en: Record<string, unknown>;
}

export const BUNDLES: MessageBundle[] = [
  annotationsMessages,
  reviewMessages,
  checksMessages,
  campaignMessages,
  exchangeMessages,
  auditMessages,
  reportsMessages,
];
