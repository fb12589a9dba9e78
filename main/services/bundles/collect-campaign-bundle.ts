import type { Kysely } from 'kysely';
import { AppError } from '../../../preload/contract/app-error';
import type { DB } from '../../db/schema';
import type { BlobStore } from '../documents';
import { COLUMNS, type CarriedTable, type Row } from './bundle-rows';
import type { BundleContent } from './write-bundle';

const rowsOf = async (
  db: Kysely<DB>,
  table: CarriedTable,
  column: string,
  values: readonly string[],
): Promise<Row[]> => {
  if (values.length === 0) return [];
  const out: Row[] = [];
  // SQLite limits bound parameters per statement; chunk the IN lists.
  for (let i = 0; i < values.length; i += 500) {
    const chunk = values.slice(i, i + 500);
    const rows = await (db as unknown as Kysely<Record<string, Row>>)
      .selectFrom(table)
      .select([...COLUMNS[table]])
      .where(column, 'in', chunk)
      .execute();
    out.push(...(rows as Row[]));
  }
  return out;
};

/**
 * What a reviewer needs to work offline on their share of a campaign: the
 * campaign and its panel, the standard versions it uses, the reviewer's own
 * assignments and only those dossiers (case records, documents with their page
 * text, confirmed facts) — not other reviewers' dossiers, and no scores.
 */
export async function collectCampaignBundle(
  db: Kysely<DB>,
  blobStore: BlobStore,
  campaignId: string,
  memberId: string,
): Promise<Omit<BundleContent, 'meta'> & { member: Row; campaign: Row; caseCount: number }> {
  const [campaign] = await rowsOf(db, 'campaigns', 'id', [campaignId]);
  if (!campaign) throw new AppError('E_NOT_FOUND', `评查活动不存在：${campaignId}`);
  const members = await rowsOf(db, 'campaign_members', 'campaign_id', [campaignId]);
  const member = members.find((m) => m.id === memberId);
  if (!member) throw new AppError('E_NOT_FOUND', `评查组中没有该成员：${memberId}`);
  const assignments = (await rowsOf(db, 'campaign_assignments', 'member_id', [memberId]))
    .filter((a) => a.campaign_id === campaignId)
    // The reviewer's workstation links its own review; the leader's link (if any) means nothing there.
    .map((a): Row => ({ ...a, review_id: null }));
  if (assignments.length === 0)
    throw new AppError('E_CONFLICT', `尚未给 ${String(member.name)} 分配案卷，无法导出评查包`);
  const caseIds = [...new Set(assignments.map((a) => String(a.case_id)))];
  const campaignCases = (await rowsOf(db, 'campaign_cases', 'campaign_id', [campaignId])).filter((c) =>
    caseIds.includes(String(c.case_id)),
  );
  const documents = await rowsOf(db, 'documents', 'case_id', caseIds);
  const documentIds = documents.map((d) => String(d.id));
  const versionIds = [
    ...new Set(Object.values(JSON.parse(String(campaign.standards ?? '{}')) as Record<string, string>)),
  ];
  const versions = await rowsOf(db, 'standard_versions', 'id', versionIds);
  return {
    campaign,
    member,
    caseCount: caseIds.length,
    data: {
      campaign: [campaign],
      members,
      'campaign-cases': campaignCases.map((c) => ({ ...c, sample_id: null })),
      assignments,
      cases: await rowsOf(db, 'cases', 'id', caseIds),
      documents,
      pages: await rowsOf(db, 'document_pages', 'document_id', documentIds),
      facts: await rowsOf(db, 'case_facts', 'case_id', caseIds),
      'standard-versions': versions,
      'standard-contents': await rowsOf(
        db,
        'standard_contents',
        'hash',
        versions.map((v) => String(v.content_hash)),
      ),
    },
    blobs: documents.map((d) => ({ sha256: String(d.sha256), path: blobStore.pathFor(String(d.sha256)) })),
  };
}
