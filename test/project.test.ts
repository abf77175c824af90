/** Facts about the project that must stay in step: engines, citation, licence. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const json = (path: string) => JSON.parse(readFileSync(path, 'utf8'));
const pkg = json('package.json');
const citation = readFileSync('CITATION.cff', 'utf8');
const field = (name: string) => new RegExp(`^${name}: (.+)$`, 'm').exec(citation)?.[1]?.trim();

describe('package.json engines', () => {
  it('asks for the Node version the toolchain needs (Vite 8 is the strictest)', () => {
    const vite = json('node_modules/vite/package.json');
    const vitest = json('node_modules/vitest/package.json');
    expect(pkg.engines.node).toBe(vite.engines.node);
    // vitest accepts every Node that Vite accepts.
    expect(vitest.engines.node).toMatch(/\^20\.0\.0/);
    expect(pkg.engines.node).toBe('^20.19.0 || >=22.12.0');
  });
});

describe('CITATION.cff', () => {
  it('cites this version of the software, under its licence', () => {
    expect(field('cff-version')).toBe('1.2.0');
    expect(field('version')).toBe(pkg.version);
    expect(field('license')).toBe(pkg.license);
    expect(field('type')).toBe('software');
    expect(citation).toMatch(/^authors:\n {2}- name: /m);
    expect(citation).toMatch(/^message: /m);
  });

  it('cites the default dataset with its licences', () => {
    expect(citation).toMatch(/^references:\n {2}- type: data\n/m);
    expect(citation).toContain('license: CC-BY-4.0');
    expect(citation).toContain('ODbL');
  });
});
