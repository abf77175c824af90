// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { layoutFooter, approximateMeasure } from '../../../src/data/export/footer';
import {
  escapeXml,
  networkSvg,
  type NetworkScene,
  type SvgFooter,
} from '../../../src/data/export/networkSvg';

const scene = (overrides: Partial<NetworkScene> = {}): NetworkScene => ({
  width: 600,
  height: 400,
  background: '#ffffff',
  land: null,
  hulls: [],
  edges: [
    {
      key: 't:USA>ISR',
      source: { x: 100, y: 100 },
      target: { x: 400, y: 300 },
      targetRadius: 6,
      thickness: 2,
      color: '#D55E00',
      shape: 'curve',
      curvature: 0.2,
      arrow: true,
    },
    {
      key: 'a:FRA|DEU|collective-defence',
      source: { x: 300, y: 80 },
      target: { x: 350, y: 90 },
      targetRadius: 5,
      thickness: 1.7,
      color: '#0072B2',
      shape: 'line',
      arrow: false,
    },
  ],
  nodes: [
    { key: 'USA', x: 100, y: 100, radius: 9, color: '#56B4E9' },
    { key: 'ISR', x: 400, y: 300, radius: 6, color: '#E69F00' },
    { key: 'FRA', x: 300, y: 80, radius: 5, color: '#009E73' },
    { key: 'DEU', x: 350, y: 90, radius: 5, color: '#009E73' },
  ],
  labels: [
    { key: 'USA', text: 'United States', x: 112, y: 104, fontSize: 12, color: '#1d1f23' },
    {
      key: 'ISR',
      text: 'Israel',
      x: 409,
      y: 304,
      fontSize: 12,
      color: '#1d1f23',
      plate: '#ffffff',
    },
  ],
  labelFont: 'system-ui, sans-serif',
  ...overrides,
});

const footer = (overrides: Partial<SvgFooter> = {}): SvgFooter => ({
  legend: [
    { label: 'Europe', colors: ['#009E73'], shape: 'dot' },
    { label: 'Arms transfer', colors: ['#D55E00'], shape: 'arrow' },
    { label: 'Collective defence', colors: ['#0072B2'], shape: 'line' },
  ],
  lines: [
    '2 states, 1 arms flow, 1 alliance tie in 1985.',
    'Entente, default dataset, 2026-01-01.',
  ],
  link: 'https://example.org/entente/?year=1985&sel=USA',
  colors: { text: '#1d1f23', muted: '#5b6270' },
  title: '2 states in 1985',
  ...overrides,
});

function parse(svg: string) {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
  return doc;
}

describe('networkSvg', () => {
  it('writes a well-formed SVG with every node, edge and label of the scene', () => {
    const { svg, width, height } = networkSvg(scene(), footer());
    expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    const doc = parse(svg);
    const root = doc.documentElement;
    expect(root.getAttribute('xmlns')).toBe('http://www.w3.org/2000/svg');
    expect(width).toBe(600);
    expect(root.getAttribute('width')).toBe('600');
    expect(Number(root.getAttribute('height'))).toBe(height);
    expect(height).toBeGreaterThan(400);
    expect(root.getAttribute('viewBox')).toBe(`0 0 600 ${height}`);

    const nodes = [...doc.querySelectorAll('circle[data-node]')];
    expect(nodes.map((c) => c.getAttribute('data-node'))).toEqual(['USA', 'ISR', 'FRA', 'DEU']);
    const usa = nodes[0]!;
    expect([usa.getAttribute('cx'), usa.getAttribute('cy'), usa.getAttribute('r')]).toEqual([
      '100',
      '100',
      '9',
    ]);
    expect(usa.getAttribute('fill')).toBe('#56B4E9');

    const labels = [...doc.querySelectorAll('text[data-label]')];
    expect(labels.map((t) => t.textContent)).toEqual(['United States', 'Israel']);
    // The highlighted label sits on a plate.
    expect(labels[1]!.previousElementSibling?.tagName).toBe('rect');

    // The flow: a quadratic curve and an arrow head; the tie: a straight line.
    const flow = doc.querySelector('[data-edge="t:USA>ISR"]')!;
    expect(flow.querySelector('path')!.getAttribute('d')).toMatch(
      /^M100 100Q[\d.]+ [\d.]+ [\d.]+ [\d.]+$/,
    );
    expect(flow.querySelector('polygon')!.getAttribute('fill')).toBe('#D55E00');
    const tie = doc.querySelector('line[data-edge="a:FRA|DEU|collective-defence"]')!;
    expect(tie.getAttribute('stroke-width')).toBe('1.7');
    // Edges under nodes under labels.
    const order = [...root.querySelectorAll('g.edges, g.nodes, g.labels')].map((g) =>
      g.getAttribute('class'),
    );
    expect(order).toEqual(['edges', 'nodes', 'labels']);
  });

  it('carries the legend, the summary, the citation and a clickable link in its footer', () => {
    const doc = parse(networkSvg(scene(), footer()).svg);
    const text = [...doc.querySelectorAll('g.footer text')].map((t) => t.textContent).join('\n');
    for (const expected of [
      'Europe',
      'Arms transfer',
      'Collective defence',
      '2 states, 1 arms flow, 1 alliance tie in 1985.',
      'Entente, default dataset, 2026-01-01.',
    ])
      expect(text).toContain(expected);
    const link = doc.querySelector('g.footer a')!;
    expect(link.getAttribute('href')).toBe('https://example.org/entente/?year=1985&sel=USA');
    expect(link.textContent!.replace(/\s/g, '')).toBe(
      'https://example.org/entente/?year=1985&sel=USA',
    );
    expect(doc.querySelector('title')!.textContent).toBe('2 states in 1985');
  });

  it('wraps a long link over several lines inside one link', () => {
    const link = `https://example.org/entente/?talk=${'x'.repeat(300)}`;
    const doc = parse(networkSvg(scene({ width: 300 }), footer({ link })).svg);
    const pieces = [...doc.querySelectorAll('g.footer a text')];
    expect(pieces.length).toBeGreaterThan(1);
    expect(pieces.map((t) => t.textContent).join('')).toBe(link);
  });

  it('draws the leader line of a label moved away from its node, under the label', () => {
    const { svg } = networkSvg(
      scene({
        labels: [
          {
            key: 'FRA',
            text: 'France',
            x: 330,
            y: 40,
            fontSize: 12,
            color: '#1d1f23',
            leader: { x1: 303, y1: 76, x2: 330, y2: 44, color: '#6b7280' },
          },
        ],
      }),
      footer(),
    );
    const labels = parse(svg).querySelector('g.labels')!;
    const line = labels.querySelector('line')!;
    expect([...['x1', 'y1', 'x2', 'y2', 'stroke'].map((a) => line.getAttribute(a))]).toEqual([
      '303',
      '76',
      '330',
      '44',
      '#6b7280',
    ]);
    // Drawn before its text, so the text sits over it.
    expect(line.nextElementSibling!.getAttribute('data-label')).toBe('FRA');
  });

  it('writes text from data as text, never as markup', () => {
    const evil = '<script>alert(1)</script> & "quotes"';
    const { svg } = networkSvg(
      scene({
        labels: [{ key: 'X"><g', text: evil, x: 1, y: 2, fontSize: 12, color: '#000' }],
        hulls: [
          {
            key: 'nato',
            points: [
              { x: 0, y: 0 },
              { x: 50, y: 0 },
              { x: 25, y: 40 },
            ],
            color: '#0072B2',
            label: '<b>NATO</b>',
            labelAt: { x: 29, y: -4 },
          },
        ],
      }),
      footer({ lines: ['a\u0000b <i>'] }),
    );
    const doc = parse(svg);
    expect(doc.querySelectorAll('script, b, i')).toHaveLength(0);
    expect(doc.querySelector('text[data-label]')!.textContent).toBe(evil);
    expect(doc.querySelector('text[data-label]')!.getAttribute('data-label')).toBe('X"><g');
    expect(doc.querySelector('[data-hull="nato"] text')!.textContent).toBe('<b>NATO</b>');
    expect(svg).not.toContain('\u0000');
  });

  it('draws hulls and the land under the edges, and clips the network to its area', () => {
    const doc = parse(
      networkSvg(
        scene({
          hulls: [
            {
              key: 'nato',
              points: [
                { x: 0, y: 0 },
                { x: 50, y: 0 },
                { x: 25, y: 40 },
              ],
              color: '#0072B2',
              label: 'NATO',
              labelAt: { x: 29, y: -4 },
            },
          ],
          land: {
            d: 'M0,0L10,0L10,10Z',
            matrix: [2, 0, 0, 2, 5, 6],
            fill: '#eef0f3',
            stroke: '#c9ced6',
            strokeWidth: 0.8,
          },
        }),
        footer(),
      ).svg,
    );
    const groups = [...doc.querySelectorAll('g[class]')].map((g) => g.getAttribute('class'));
    expect(groups.slice(0, 3)).toEqual(['land', 'hulls', 'edges']);
    const land = doc.querySelector('g.land path')!;
    expect(land.getAttribute('transform')).toBe('matrix(2 0 0 2 5 6)');
    // The outline keeps its width on screen whatever the scale.
    expect(land.getAttribute('stroke-width')).toBe('0.4');
    expect(doc.querySelector('[data-hull="nato"] polygon')!.getAttribute('points')).toBe(
      '0,0 50,0 25,40',
    );
    expect(doc.querySelector('g[clip-path]')!.querySelector('g.nodes')).not.toBeNull();
  });

  it('is as tall as the network plus the laid-out footer', () => {
    const f = footer();
    const { height } = networkSvg(scene(), f);
    const layout = layoutFooter(approximateMeasure, f.legend, [...f.lines, f.link!], 600);
    expect(height).toBe(400 + Math.ceil(layout.height));
  });
});

describe('layoutFooter', () => {
  it('puts legend entries in rows that fit the width, then the wrapped lines below', () => {
    const measure = (s: string) => s.length * 7;
    const legend = Array.from({ length: 6 }, (_, i) => ({
      label: `Entry number ${i}`,
      colors: ['#000'],
      shape: 'dot' as const,
    }));
    const layout = layoutFooter(measure, legend, ['one two three four five six'], 300);
    const rows = new Set(layout.legend.map((p) => p.y));
    expect(rows.size).toBeGreaterThan(1);
    for (const p of layout.legend)
      expect(p.labelX + measure(p.entry.label)).toBeLessThanOrEqual(300);
    const lastLegendY = Math.max(...layout.legend.map((p) => p.y));
    expect(layout.lines[0]!.y).toBeGreaterThan(lastLegendY);
    expect(layout.lines.map((l) => l.source)).toEqual(layout.lines.map(() => 0));
    expect(layout.height).toBeGreaterThan(layout.lines.at(-1)!.y);
  });
});

describe('escapeXml', () => {
  it('escapes the five XML characters', () => {
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;',
    );
  });
});
