// Writes resources/schemas/case-facts.schema.json from the zod facts model.
// Run: npx tsx scripts/gen-facts-schema.ts  (a unit test checks the file is current)
import { writeFileSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { caseFactsJsonSchemaText } from '../main/services/checks/facts/facts-json-schema';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const target = resolve(root, 'resources/schemas/case-facts.schema.json');
mkdirSync(dirname(target), { recursive: true });
writeFileSync(target, caseFactsJsonSchemaText(), 'utf8');
console.log(`wrote ${target}`);
