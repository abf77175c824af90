// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { EMBED_SIZES, embedCode, escapeAttribute, viewAddress } from '../../src/url/embed';

describe('embed code', () => {
  it('escapes attribute text', () => {
    expect(escapeAttribute(`a "b" <c> & 'd'`)).toBe('a &quot;b&quot; &lt;c&gt; &amp; &#39;d&#39;');
  });

  it('joins the app address and a query', () => {
    expect(viewAddress('https://x.org/entente/', 'year=1985&embed=1')).toBe(
      'https://x.org/entente/?year=1985&embed=1',
    );
    expect(viewAddress('https://x.org/', '')).toBe('https://x.org/');
  });

  it('gives an iframe an HTML parser reads back exactly', () => {
    const src = 'https://x.org/entente/?src=https:%2F%2Fd.org%2Fa.json&from=1980&to=1989&embed=1';
    const title = 'Entente: "Arms" <transfers> & alliances, 1980–1989';
    const code = embedCode({ src, width: 640, height: 400, title });
    const doc = new DOMParser().parseFromString(`<body>${code}</body>`, 'text/html');
    const frames = doc.querySelectorAll('iframe');
    expect(frames).toHaveLength(1);
    const frame = frames[0]!;
    expect(frame.getAttribute('src')).toBe(src);
    expect(frame.getAttribute('width')).toBe('640');
    expect(frame.getAttribute('height')).toBe('400');
    expect(frame.getAttribute('title')).toBe(title);
    expect(frame.hasAttribute('allowfullscreen')).toBe(true);
    expect(doc.body.children).toHaveLength(1);
  });

  it('offers 640 by 400 first', () => {
    expect(EMBED_SIZES[0]).toEqual({ width: 640, height: 400 });
  });
});
