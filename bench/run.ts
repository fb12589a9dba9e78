/** `npm run bench [-- filter]`: runs the suites, prints ratios, writes bench/results/latest.json. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { ms, ratio, type BenchRow } from './harness';
import { SUITES } from './suites';

const filter = process.argv[2] ?? '';
const results: { suite: string; rows: BenchRow[] }[] = [];
let missed = 0;

const selected = SUITES.filter((s) => s.name.toLowerCase().includes(filter.toLowerCase()));
if (selected.length === 0) {
  console.error(`No benchmark suite matches “${filter}”. Suites: ${SUITES.map((s) => s.name).join('; ')}`);
  process.exit(2);
}

for (const suite of selected) {
  console.log(`\n## ${suite.name}`);
  const rows = await suite.run();
  for (const row of rows) {
    const reference = row.reference
      ? ` | ${row.reference.name}: p50 ${ms(row.reference.timing.p50)} | ratio ${ratio(row.ours, row.reference.timing).toFixed(2)}×`
      : '';
    const target = row.target ? ` | target ${row.target}: ${row.met ? 'met' : 'MISSED'}` : '';
    if (row.target && !row.met) missed++;
    console.log(`- ${row.name}: p50 ${ms(row.ours.p50)}, p95 ${ms(row.ours.p95)}${reference}${target}`);
  }
  results.push({ suite: suite.name, rows });
}

mkdirSync('bench/results', { recursive: true });
const machine = {
  cpus: cpus().length,
  cpu: cpus()[0]?.model,
  memoryGiB: Math.round(totalmem() / 2 ** 30),
  node: process.version,
};
writeFileSync(
  'bench/results/latest.json',
  JSON.stringify({ date: new Date().toISOString(), machine, results }, null, 2),
);
console.log(
  `\n${missed === 0 ? 'All targets met.' : `${missed} target(s) missed.`} Results: bench/results/latest.json`,
);
