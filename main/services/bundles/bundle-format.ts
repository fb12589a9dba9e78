import { z } from 'zod';

/**
 * The bundle file format (docs/exchange.md). A bundle is a ZIP holding:
 *   manifest.json          format, kind, campaign, reviewer, and SHA-256 + size of every other entry
 *   data/<name>.json       database rows (JSON arrays), one file per table group
 *   blobs/<sha256>         original documents, stored (not deflated: PDFs and media are compressed already)
 * Nothing else is accepted on import.
 */
export const BUNDLE_FORMAT = 'pingcha-bundle';
export const BUNDLE_FORMAT_VERSION = 1;
export const MANIFEST_PATH = 'manifest.json';

export type BundleKind = 'campaign' | 'results';

export const BUNDLE_KIND_LABEL: Record<BundleKind, string> = {
  campaign: '评查包（组长 → 评查人员）',
  results: '结果包（评查人员 → 组长）',
};

const sha256 = z.string().regex(/^[0-9a-f]{64}$/);

export const manifestEntrySchema = z
  .object({
    path: z.string().min(1).max(200),
    size: z.number().int().nonnegative(),
    sha256,
  })
  .strict();

export const bundleManifestSchema = z
  .object({
    format: z.literal(BUNDLE_FORMAT),
    formatVersion: z.number().int().min(1),
    kind: z.enum(['campaign', 'results']),
    campaignId: z.string().min(1).max(64),
    campaignName: z.string().max(200),
    /** The panel member the bundle is for (campaign) or from (results). */
    reviewer: z
      .object({ memberId: z.string().min(1).max(64), name: z.string().max(50), unit: z.string().max(200) })
      .strict(),
    /** Workstation id (audit origin) that wrote the bundle. */
    createdBy: z.string().max(64),
    created: z.string().max(40),
    entries: z.array(manifestEntrySchema).max(200_000),
  })
  .strict();

export type BundleManifest = z.output<typeof bundleManifestSchema>;
export type ManifestEntry = z.output<typeof manifestEntrySchema>;

export interface BundleLimits {
  maxEntries: number;
  /** One document (the blob store's own limit). */
  maxBlobBytes: number;
  /** One data/*.json entry: these are parsed in memory. */
  maxDataBytes: number;
  maxManifestBytes: number;
  maxTotalBytes: number;
  /** Compression ratio above which an entry over `ratioFloorBytes` is treated as a zip bomb. */
  maxRatio: number;
  ratioFloorBytes: number;
}

export const DEFAULT_BUNDLE_LIMITS: BundleLimits = {
  maxEntries: 100_000,
  maxBlobBytes: 500 * 1024 * 1024,
  maxDataBytes: 256 * 1024 * 1024,
  maxManifestBytes: 32 * 1024 * 1024,
  maxTotalBytes: 50 * 1024 * 1024 * 1024,
  // JSON rows compress 5-20x; 200x over 1 MiB only happens on purpose.
  maxRatio: 200,
  ratioFloorBytes: 1024 * 1024,
};
