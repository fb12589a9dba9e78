import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import { ulid } from 'ulid';
import { AppError } from '../../../preload/contract/app-error';
import type { CampaignScope, SamplePreview } from '../../../preload/contract/methods/campaigns';
import type { DB } from '../../db/schema';
import type { CampaignAccess } from './campaign-access';
import { recordCampaignChange } from './campaign-audit';
import { settingsFromRow } from './campaign-rows';
import { drawStratifiedSample, stratumLabel, type SamplingCandidate } from './stratified-sample';

/** Library dossiers in the campaign's scope that are not in the campaign yet. */
async function population(
  trx: Kysely<DB>,
  campaignId: string,
  scope: CampaignScope,
): Promise<SamplingCandidate[]> {
  let q = trx
    .selectFrom('cases')
    .select(['id', 'agency', 'act_type'])
    .where('deleted_at', 'is', null)
    .where('id', 'not in', (eb) =>
      eb.selectFrom('campaign_cases').select('case_id').where('campaign_id', '=', campaignId),
    );
  if (scope.closedFrom) q = q.where('closed_date', '>=', scope.closedFrom);
  if (scope.closedTo) q = q.where('closed_date', '<=', scope.closedTo);
  if (scope.actTypes.length > 0) q = q.where('act_type', 'in', scope.actTypes);
  if (scope.agencies.length > 0) q = q.where('agency', 'in', scope.agencies);
  const rows = await q.execute();
  return rows.map((r) => ({ id: r.id, agency: r.agency ?? '', actType: r.act_type ?? '其他' }));
}

/**
 * Random stratified sampling (抽查). Preview and confirm run the same
 * deterministic draw; confirm records seed, parameters and the drawn ids.
 */
export function createCampaignSampling(deps: { db: () => Kysely<DB>; access: CampaignAccess }) {
  const { db, access } = deps;

  const draw = async (
    trx: Kysely<DB>,
    campaignId: string,
    size: number,
    seed: string,
  ): Promise<SamplePreview> => {
    const settings = settingsFromRow(await access.campaignRow(campaignId, trx));
    const candidates = await population(trx, campaignId, settings.scope);
    if (candidates.length === 0) {
      throw new AppError(
        'E_CONFLICT',
        '范围内没有可抽取的案卷（请检查结案日期、行为类型和执法机关，或案卷已全部在本活动中）',
      );
    }
    const result = drawStratifiedSample(candidates, size, seed);
    return { seed, size: result.caseIds.length, population: candidates.length, ...result };
  };

  return {
    async preview(
      campaignId: string,
      params: { seed?: string | undefined; size: number },
    ): Promise<SamplePreview> {
      const seed = params.seed ?? randomBytes(6).toString('hex');
      return draw(db(), campaignId, params.size, seed);
    },

    async confirm(campaignId: string, params: { seed: string; size: number }) {
      return db()
        .transaction()
        .execute(async (trx) => {
          const actor = await access.requireManager(campaignId, trx);
          const preview = await draw(trx, campaignId, params.size, params.seed);
          const sampleId = ulid();
          const now = new Date().toISOString();
          await trx
            .insertInto('campaign_samples')
            .values({
              id: sampleId,
              campaign_id: campaignId,
              seed: params.seed,
              params: JSON.stringify({ size: params.size, population: preview.population }),
              case_ids: JSON.stringify(preview.caseIds),
              actor: actor.name,
              created_at: now,
            })
            .execute();
          const rows = preview.strata.flatMap((s) =>
            s.caseIds.map((caseId) => ({
              campaign_id: campaignId,
              case_id: caseId,
              source: 'sampled' as const,
              sample_id: sampleId,
              stratum: stratumLabel(s.agency, s.actType),
              added_at: now,
            })),
          );
          for (let i = 0; i < rows.length; i += 200) {
            await trx
              .insertInto('campaign_cases')
              .values(rows.slice(i, i + 200))
              .execute();
          }
          await trx.updateTable('campaigns').set({ updated_at: now }).where('id', '=', campaignId).execute();
          await recordCampaignChange(trx, {
            actor,
            action: 'sample.confirm',
            entityType: 'campaign_sample',
            entityId: sampleId,
            newValue: { seed: params.seed, size: params.size, caseIds: preview.caseIds },
          });
          return { ...preview, sampleId };
        });
    },
  };
}
