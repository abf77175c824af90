import { describe, expect, it } from 'vitest';
import { fetchSource, planSource, MAX_SOURCE_BYTES } from '../../src/data/sourceLink';

const PAGE = 'https://app.example/entente/?year=1985&src=x';

describe('planning a dataset link', () => {
  it('loads files beside the app at once', () => {
    expect(planSource('datasets/nato.json', PAGE)).toEqual({
      kind: 'same-origin',
      url: 'https://app.example/entente/datasets/nato.json',
      fileName: 'nato.json',
    });
    expect(planSource('/data/a%20b.json#x', PAGE)).toEqual({
      kind: 'same-origin',
      url: 'https://app.example/data/a%20b.json',
      fileName: 'a b.json',
    });
    expect(planSource('https://app.example/x.json', PAGE).kind).toBe('same-origin');
  });

  it('asks before another https site, naming its origin', () => {
    expect(planSource('https://data.example.org/v1/entente.json?rev=2', PAGE)).toEqual({
      kind: 'cross-origin',
      url: 'https://data.example.org/v1/entente.json?rev=2',
      origin: 'https://data.example.org',
      fileName: 'entente.json',
    });
    // Another port is another origin.
    expect(planSource('https://app.example:8443/x.json', PAGE).kind).toBe('cross-origin');
  });

  it('refuses plain http from another site, other schemes and credentials', () => {
    expect(planSource('http://data.example.org/a.json', PAGE)).toMatchObject({
      kind: 'refused',
      message: expect.stringContaining('only https files are loaded from other sites'),
    });
    expect(planSource('javascript:alert(1)', PAGE).kind).toBe('refused');
    expect(planSource('ftp://data.example.org/a.json', PAGE).kind).toBe('refused');
    expect(planSource('https://u:p@data.example.org/a.json', PAGE).kind).toBe('refused');
    // A page served over http may load its own files over http.
    expect(planSource('a.json', 'http://127.0.0.1:4318/').kind).toBe('same-origin');
  });
});

describe('fetching a dataset link', () => {
  const plan = {
    kind: 'cross-origin',
    url: 'https://d.example/a.json',
    origin: 'https://d.example',
    fileName: 'a.json',
  } as const;

  it('sends no cookie, no referrer and follows no redirect to another site', async () => {
    let init: RequestInit | undefined;
    const result = await fetchSource(plan, async (_url, i) => {
      init = i;
      return new Response('{"schemaVersion":1}');
    });
    expect(result).toMatchObject({ ok: true, fileName: 'a.json' });
    expect(init).toMatchObject({
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      redirect: 'error',
    });
  });

  it('says why a file could not be had', async () => {
    const missing = await fetchSource(plan, async () => new Response('no', { status: 404 }));
    expect(missing).toEqual({
      ok: false,
      fileName: 'a.json',
      message: 'could not be loaded from https://d.example/a.json (HTTP 404)',
    });
    const blocked = await fetchSource(plan, async () => {
      throw new TypeError('Failed to fetch');
    });
    expect(blocked.ok).toBe(false);
    expect(!blocked.ok && blocked.message).toMatch(
      /Failed to fetch; the site must allow other sites to read it \(CORS\)/,
    );
    const huge = await fetchSource(
      plan,
      async () =>
        new Response('x', { headers: { 'content-length': String(MAX_SOURCE_BYTES + 1) } }),
    );
    expect(!huge.ok && huge.message).toMatch(/is too large/);
  });
});
