import type { Kysely } from 'kysely';
import { AppError } from '../../../preload/contract/app-error';
import type { DB } from '../../db/schema';
import { pickRows, insertMissing, str, type Row } from './bundle-rows';
import type { BundleManifest } from './bundle-format';
import { mapStandardVersions } from './standard-version-map';

export interface CampaignImportCounts {
  cases: number;
  documents: number;
  assignments: number;
  standardVersions: number;
  campaign: number;
  members: number;
}

/**
 * Recreates the leader's campaign share on this workstation with the same ids
 * (so results can go back and merge). Everything is insert-if-missing:
 * importing the same bundle twice adds nothing. Runs inside one transaction.
 */
export async function applyCampaignBundle(
  trx: Kysely<DB>,
  manifest: BundleManifest,
  data: Map<string, unknown>,
): Promise<CampaignImportCounts> {
  const campaign = pickRows('campaigns', data.get('campaign'));
  if (campaign.length !== 1 || campaign[0]!.id !== manifest.campaignId)
    throw new AppError('E_CORRUPT_FILE', '评查包被拒绝：评查活动数据与清单不符。未导入任何内容。');
  const members = pickRows('campaign_members', data.get('members'));
  const assignments = pickRows('campaign_assignments', data.get('assignments'));
  const foreign = [...members, ...assignments].find((r) => r.campaign_id !== manifest.campaignId);
  if (foreign)
    throw new AppError('E_CORRUPT_FILE', '评查包被拒绝：包中含其他评查活动的数据。未导入任何内容。');
  if (assignments.some((a) => a.member_id !== manifest.reviewer.memberId))
    throw new AppError('E_CORRUPT_FILE', '评查包被拒绝：包中含分配给其他评查人员的案卷。未导入任何内容。');

  const { map, added: standardVersions } = await mapStandardVersions(
    trx,
    pickRows('standard_versions', data.get('standard-versions')),
    pickRows('standard_contents', data.get('standard-contents')),
    { insert: true },
  );
  // The campaign refers to versions by id: point it at this workstation's ids.
  const standards = JSON.parse(str(campaign[0]!, 'standards') || '{}') as Record<string, string>;
  const localStandards = Object.fromEntries(
    Object.entries(standards).map(([k, id]) => [k, map.get(id) ?? id]),
  );

  const cases = await insertMissing(trx, 'cases', pickRows('cases', data.get('cases')));
  const docs = pickRows('documents', data.get('documents'));
  const newDocs = new Set<string>();
  for (const d of docs) if ((await insertMissing(trx, 'documents', [d])) > 0) newDocs.add(str(d, 'id'));
  // Page rows get local ids; they are only added with their (new) document, and indexed in the background.
  const pages: Row[] = pickRows('document_pages', data.get('pages'))
    .filter((p) => newDocs.has(str(p, 'document_id')))
    .map((p) => ({ ...p, indexed: 0 }));
  for (const p of pages)
    await trx
      .insertInto('document_pages')
      .values(p as never)
      .execute();
  await insertMissing(trx, 'case_facts', pickRows('case_facts', data.get('facts')));
  const campaignAdded = await insertMissing(trx, 'campaigns', [
    { ...campaign[0]!, standards: JSON.stringify(localStandards) },
  ]);
  const membersAdded = await insertMissing(trx, 'campaign_members', members);
  await insertMissing(
    trx,
    'campaign_cases',
    pickRows('campaign_cases', data.get('campaign-cases')).map((c) => ({ ...c, sample_id: null })),
  );
  const assignmentsAdded = await insertMissing(
    trx,
    'campaign_assignments',
    assignments.map((a) => ({ ...a, review_id: null })),
  );
  return {
    cases,
    documents: newDocs.size,
    assignments: assignmentsAdded,
    standardVersions,
    campaign: campaignAdded,
    members: membersAdded,
  };
}
