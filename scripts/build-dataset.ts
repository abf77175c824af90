/**
 * Merges the hand-written dataset fragments in dataset/<kind>/*.json into public/data/<kind>.json.
 * Fragments let several people (or sessions) write the dataset by region or decade without
 * touching the same file. `--check` fails when public/data is not what the fragments give.
 *
 *   npm run dataset            write public/data/*.json
 *   npm run dataset -- --check compare only
 */
import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const KINDS = ['countries', 'agreements', 'transfers', 'embargoes', 'events'] as const;

export function mergeFragments(kind: (typeof KINDS)[number]): string {
  const dir = join(ROOT, 'dataset', kind);
  const files = existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith('.json'))
        .sort()
    : [];
  const records: unknown[] = [];
  for (const file of files) {
    const parsed = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Record<string, unknown>;
    const list = parsed[kind];
    if (!Array.isArray(list))
      throw new Error(`dataset/${kind}/${file}: expected an array "${kind}"`);
    records.push(...list);
  }
  // One record per line: small diffs, and a line number points at a record.
  const body = records.map((r) => JSON.stringify(r)).join(',\n');
  return `{"schemaVersion":1,"${kind}":[\n${body}\n]}\n`;
}

function main(): void {
  const check = process.argv.includes('--check');
  let stale = 0;
  for (const kind of KINDS) {
    const target = join(ROOT, 'public', 'data', `${kind}.json`);
    const merged = mergeFragments(kind);
    const current = existsSync(target) ? readFileSync(target, 'utf8') : '';
    if (current === merged) continue;
    if (check) {
      console.error(`public/data/${kind}.json is out of date: run npm run dataset`);
      stale++;
    } else {
      writeFileSync(target, merged);
      console.log(`wrote public/data/${kind}.json`);
    }
  }
  if (stale > 0) process.exit(1);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
