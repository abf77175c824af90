import { describe, expect, it } from 'vitest';
import {
  actorSlug,
  resolveSipriName,
  SIPRI_ACTORS,
  SIPRI_TABLE_NAMES,
} from '../../../src/data/importers/names';

const id = (name: string, year?: number) => resolveSipriName(name, year).id;

describe('SIPRI names -> Entente ids', () => {
  it('maps states, including SIPRI spellings and historical states', () => {
    expect(id('Soviet Union')).toBe('SUN');
    expect(id('Germany')).toBe('DEU');
    expect(id('East Germany (GDR)')).toBe('DDR');
    expect(id('North Yemen')).toBe('YAR');
    expect(id('Yemen Arab Republic (North Yemen)')).toBe('YAR');
    expect(id('South Yemen')).toBe('YMD');
    expect(id('Turkiye')).toBe('TUR');
    expect(id('Viet Nam')).toBe('VNM');
    expect(id('South Vietnam')).toBe('RVN');
    expect(id('UAE')).toBe('ARE');
    expect(id('Taiwan')).toBe('TWN');
    expect(id('Kosovo')).toBe('XKX');
    expect(id('Northern Cyprus')).toBe('XNC');
    expect(id('Micronesia')).toBe('FSM');
    expect(id('Libya GNC')).toBe('LBY');
    expect(id("Cote d'Ivoire")).toBe('CIV');
    expect(id('Czechoslovakia')).toBe('CSK');
    expect(id('eSwatini')).toBe('SWZ');
  });

  it('is tolerant of case, spaces and accents', () => {
    expect(id('  côte d’ivoire ')).toBe('CIV');
    expect(id('SOVIET  UNION')).toBe('SUN');
  });

  it('resolves year-dependent names', () => {
    expect(id('Yugoslavia', 1991)).toBe('YUG');
    expect(id('Yugoslavia', 1992)).toBe('SCG');
    expect(id('Serbia', 1999)).toBe('SCG');
    expect(id('Serbia', 2006)).toBe('SRB');
  });

  it('gives non-state actors, organisations and placeholders their own X- nodes', () => {
    expect(resolveSipriName('Hamas (Palestine)*')).toMatchObject({
      id: 'X-HAMAS',
      kind: 'non-state',
      matchedBy: 'table',
    });
    expect(resolveSipriName('NATO**')).toMatchObject({
      id: 'X-NATO',
      kind: 'organisation',
      matchedBy: 'table',
    });
    expect(resolveSipriName('unknown supplier(s)')).toMatchObject({
      id: 'X-UNKNOWN-SUPPLIER',
      kind: 'unknown',
      matchedBy: 'table',
    });
    expect(resolveSipriName('unknown recipient(s)')).toMatchObject({
      id: 'X-UNKNOWN-RECIPIENT',
      kind: 'unknown',
    });
    expect(id('HoR (Libya)*')).toBe(id('Libya HoR*'));
    expect(id('PIJ (Israel/Palestine)*')).toBe(id('Palestinian Islamic Jihad (Israel/Palestine)*'));
  });

  it('uses rules for unlisted starred names, and X- unknown nodes for unknown names', () => {
    expect(resolveSipriName('New Front (Examplestan)*')).toMatchObject({
      id: 'X-NEW-FRONT-EXAMPLESTAN',
      kind: 'non-state',
      matchedBy: 'rule',
    });
    expect(resolveSipriName('Example Pact**')).toMatchObject({
      id: 'X-EXAMPLE-PACT',
      kind: 'organisation',
      matchedBy: 'rule',
    });
    expect(resolveSipriName('unknown country')).toMatchObject({
      kind: 'unknown',
      matchedBy: 'rule',
    });
    expect(resolveSipriName('Examplestan')).toMatchObject({
      id: 'X-EXAMPLESTAN',
      kind: 'unknown',
      matchedBy: 'none',
    });
  });

  it('makes valid, bounded ids from any name', () => {
    expect(actorSlug('***')).toBe('X-UNNAMED');
    expect(actorSlug('Ωmega')).toBe('X-MEGA');
    expect(actorSlug('a'.repeat(100)).length).toBeLessThanOrEqual(40);
    for (const a of SIPRI_ACTORS) expect(a.id).toMatch(/^X-[A-Z0-9-]+$/);
  });

  it('has no name twice', () => {
    const keys = SIPRI_TABLE_NAMES.map((n) => n.toLowerCase());
    expect(new Set(keys).size).toBe(keys.length);
  });
});
