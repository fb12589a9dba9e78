import { createHash } from 'node:crypto';

/**
 * A small deterministic PRNG (sfc32) seeded from any text through SHA-256, so a
 * recorded seed reproduces a draw on any machine and Node version (Math.random
 * cannot be seeded). Not for cryptography — only for auditable sampling.
 */
export function seededRandom(seed: string): () => number {
  const digest = createHash('sha256').update(seed, 'utf8').digest();
  let a = digest.readUInt32LE(0);
  let b = digest.readUInt32LE(4);
  let c = digest.readUInt32LE(8);
  let d = digest.readUInt32LE(12);
  const next = () => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  // Discard the first outputs: sfc32 mixes its state over the first rounds.
  for (let i = 0; i < 12; i += 1) next();
  return next;
}

/** Uniform integer in [0, n). */
export const randomIndex = (random: () => number, n: number): number => Math.floor(random() * n);
