import type { Kysely } from 'kysely';
import { AppError } from '../../../preload/contract/app-error';
import type { Campaign, CampaignMember, CampaignSettings } from '../../../preload/contract/methods/campaigns';
import type { DB } from '../../db/schema';
import type { CampaignRow, MemberRow } from './campaign-access';

export const memberFromRow = (row: MemberRow): CampaignMember => ({
  id: row.id,
  name: row.name,
  unit: row.unit,
  role: row.role,
});

export const settingsFromRow = (row: CampaignRow): CampaignSettings => ({
  name: row.name,
  year: row.year,
  batch: row.batch,
  scope: JSON.parse(row.scope) as CampaignSettings['scope'],
  standards: JSON.parse(row.standards) as CampaignSettings['standards'],
  gradeBands:
    row.grade_bands === null ? null : (JSON.parse(row.grade_bands) as CampaignSettings['gradeBands']),
  deadlines: JSON.parse(row.deadlines) as CampaignSettings['deadlines'],
  reviewersPerCase: row.reviewers_per_case,
  reviewThreshold: row.review_threshold,
});

export const settingsToRow = (s: CampaignSettings) => ({
  name: s.name,
  year: s.year,
  batch: s.batch,
  scope: JSON.stringify(s.scope),
  standards: JSON.stringify(s.standards),
  grade_bands: s.gradeBands === null ? null : JSON.stringify(s.gradeBands),
  deadlines: JSON.stringify(s.deadlines),
  reviewers_per_case: s.reviewersPerCase,
  review_threshold: s.reviewThreshold,
});

export const campaignFromRows = (row: CampaignRow, members: readonly MemberRow[]): Campaign => ({
  id: row.id,
  ...settingsFromRow(row),
  status: row.status,
  members: members.map(memberFromRow),
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

/** The standard version a campaign uses for a dossier of this act type, or null. */
export const standardFor = (settings: CampaignSettings, actType: string | null): string | null =>
  (actType ? (settings.standards as Record<string, string>)[actType] : undefined) ??
  settings.standards['*'] ??
  null;

/** The member row of this campaign, or E_NOT_FOUND (a member id from another campaign counts as missing). */
export async function requireMember(
  trx: Kysely<DB>,
  campaignId: string,
  memberId: string,
): Promise<MemberRow> {
  const member = await trx
    .selectFrom('campaign_members')
    .selectAll()
    .where('id', '=', memberId)
    .where('campaign_id', '=', campaignId)
    .executeTakeFirst();
  if (!member) throw new AppError('E_NOT_FOUND', `评查组成员不存在：${memberId}`);
  return member;
}
