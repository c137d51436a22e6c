// Writes schema/incident.schema.json from src/core/model/schema.ts. Run: npm run schema
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { incidentSchema } from '../src/core/model/schema.ts';

const out = new URL('../schema/incident.schema.json', import.meta.url);
mkdirSync(new URL('.', out), { recursive: true });
writeFileSync(out, JSON.stringify(incidentSchema, null, 2) + '\n');
process.stderr.write(`wrote ${fileURLToPath(out)}\n`);
