/**
 * Format 1.1: events.json and the defence-industrial agreement type, from the schema to the model.
 * Every problem must name the file, the record and the field; v1 datasets (no events.json) load
 * as before.
 */
import { describe, expect, it } from 'vitest';
import { datasetJson } from '../../src/data/export/json';
import { importPipeline } from '../../src/data/importPipeline';
import { importFile } from '../../src/data/importers';
import { loadDefaultDataset } from '../../src/data/load';
import { formatProblem, validateDataset, type FileInput } from '../../src/data/validate';
import { combineDatasets } from '../../src/model/combine';
import { indexDataset } from '../../src/model/dataset';
import { DEFAULT_AGREEMENT_TYPES, defaultFilters } from '../../src/model/filters';
import { sharedAgreementsInYear } from '../../src/model/overlap';
import { buildLayoutInput, type LayoutInput } from '../../src/model/layoutGraph';
import { aggregate } from '../../src/model/aggregate';
import type { Agreement, Dataset, DiplomaticEvent } from '../../src/model/types';
import { fixtureDataset } from '../model/fixture';

const enc = new TextEncoder();

const visit: DiplomaticEvent = {
  id: 'aaa-bbb-visit',
  kind: 'visit',
  title: 'AAA leader visits BBB',
  date: '1959-03-02',
  host: 'BBB',
  participants: ['AAA', 'BBB'],
  related: { transfers: ['d1'] },
  source: 'Joint communique, 2 March 1959',
};
const fair1: DiplomaticEvent = {
  id: 'fair-1961',
  kind: 'exhibition',
  title: 'Fair 1961',
  date: '1961-06',
  end: '1961-06-20',
  host: 'CCC',
  participants: [],
  series: 'Fair',
  source: 'Organiser',
};
const fair2: DiplomaticEvent = { ...fair1, id: 'fair-1959', title: 'Fair 1959', date: '1959' };
const drill: DiplomaticEvent = {
  id: 'drill-1975',
  kind: 'exercise',
  title: 'Drill 1975',
  date: '1975',
  participants: ['AAA', 'DDD'],
  series: 'Drill',
  related: { agreements: ['aaa-ddd'] },
  source: 'Command',
};

const programme: Agreement = {
  id: 'jet',
  name: 'Joint jet programme',
  type: 'defence-industrial',
  signed: '1965',
  ended: null,
  members: [
    { country: 'BBB', joined: '1965', left: null },
    { country: 'CCC', joined: '1965', left: null },
  ],
  source: 'Memorandum of understanding, 1965',
  summary: 'BBB and CCC develop and build a jet together.',
};

function withEvents(events: unknown[], extra: Partial<Dataset> = {}): FileInput[] {
  const d = { ...fixtureDataset(), ...extra };
  return [
    {
      kind: 'countries',
      file: 'countries.json',
      json: { schemaVersion: 1, countries: d.countries },
    },
    {
      kind: 'agreements',
      file: 'agreements.json',
      json: { schemaVersion: 1, agreements: d.agreements },
    },
    {
      kind: 'transfers',
      file: 'transfers.json',
      json: { schemaVersion: 1, transfers: d.transfers },
    },
    {
      kind: 'events',
      file: 'events.json',
      text: `{"schemaVersion":1,"events":[\n${events.map((e) => JSON.stringify(e)).join(',\n')}\n]}`,
    },
  ];
}

describe('events.json schema', () => {
  it('accepts events of every kind, with or without end, series, host and related', () => {
    const { dataset, problems } = validateDataset(withEvents([visit, fair1, fair2, drill]));
    expect(problems).toEqual([]);
    expect(dataset.events?.map((e) => e.id)).toEqual([
      'aaa-bbb-visit',
      'fair-1961',
      'fair-1959',
      'drill-1975',
    ]);
  });

  it('names file, line, record and field of each invalid event, and keeps the others', () => {
    const { dataset, problems } = validateDataset(
      withEvents([
        visit,
        { ...drill, id: 'bad-kind', kind: 'parade' },
        { ...drill, id: 'bad-date', date: '1975-3' },
        { ...drill, id: 'no-source', source: undefined },
        { ...drill, id: 'early-end', date: '1975-05-02', end: '1975-04' },
        { ...drill, id: 'nobody', participants: [] },
        { ...drill, id: 'extra', organiser: 'X' },
        { ...drill, id: 'bad-related', related: { deals: ['d1'] } },
      ]),
    );
    expect(dataset.events?.map((e) => e.id)).toEqual(['aaa-bbb-visit']);
    const where = problems.map((p) => `${p.file}:${p.line}:${p.record}:${p.field}`);
    expect(where).toEqual([
      'events.json:3:bad-kind:kind',
      'events.json:4:bad-date:date',
      'events.json:5:no-source:source',
      'events.json:6:early-end:end',
      'events.json:7:nobody:participants',
      'events.json:8:extra:undefined',
      'events.json:9:bad-related:related',
    ]);
    expect(problems.every((p) => p.severity === 'error')).toBe(true);
    expect(formatProblem(problems[3]!)).toMatch(
      /^events\.json, line 6 \(record "early-end", field "end"\): ends before it begins$/,
    );
    expect(problems[5]!.message).toMatch(/unrecognized key.*organiser/i);
  });

  it('compares end and start at the coarser precision', () => {
    const { problems } = validateDataset(
      withEvents([{ ...drill, date: '1975-05-02', end: '1975' }]),
    );
    expect(problems).toEqual([]);
  });

  it('accepts the defence-industrial agreement type', () => {
    const d = fixtureDataset();
    const { dataset, problems } = validateDataset(
      withEvents([], { agreements: [...d.agreements, programme] }),
    );
    expect(problems).toEqual([]);
    expect(dataset.agreements.find((a) => a.id === 'jet')?.type).toBe('defence-industrial');
  });
});

describe('events reference checks', () => {
  it('drops an event with an unknown host or participant, naming the field', () => {
    const { dataset, problems } = validateDataset(
      withEvents([
        { ...visit, id: 'v1', participants: ['AAA', 'ZZZ'] },
        { ...visit, id: 'v2', host: 'QQQ' },
        visit,
      ]),
    );
    expect(dataset.events?.map((e) => e.id)).toEqual(['aaa-bbb-visit']);
    expect(problems.map((p) => [p.record, p.field, p.message, p.severity])).toEqual([
      ['v1', 'participants.1', 'unknown country "ZZZ"', 'error'],
      ['v2', 'host', 'unknown country "QQQ"', 'error'],
    ]);
  });

  it('flags a participant or host that does not exist in the event’s year, and keeps the event', () => {
    // OLD exists 1900-1991.
    const { dataset, problems } = validateDataset(
      withEvents([
        { ...visit, id: 'late', date: '1995-01', host: 'OLD', participants: ['AAA', 'OLD'] },
        { ...visit, id: 'in-time', date: '1991-12-20', host: 'OLD', participants: ['OLD'] },
      ]),
    );
    expect(dataset.events?.map((e) => e.id)).toEqual(['late', 'in-time']);
    expect(problems.map((p) => [p.file, p.record, p.field, p.message, p.severity])).toEqual([
      ['events.json', 'late', 'host', 'OLD does not exist in 1995', 'warning'],
      ['events.json', 'late', 'participants.1', 'OLD does not exist in 1995', 'warning'],
    ]);
  });

  it('flags related agreements and transfers that are not in the dataset', () => {
    const { dataset, problems } = validateDataset(
      withEvents([
        { ...visit, related: { agreements: ['pact', 'nope'], transfers: ['d1', 'gone'] } },
      ]),
    );
    expect(dataset.events).toHaveLength(1);
    expect(problems.map((p) => [p.record, p.field, p.message, p.severity])).toEqual([
      ['aaa-bbb-visit', 'related.agreements.1', 'no agreement "nope" in the dataset', 'warning'],
      ['aaa-bbb-visit', 'related.transfers.1', 'no transfer "gone" in the dataset', 'warning'],
    ]);
  });

  it('refuses a duplicate id', () => {
    const { dataset, problems } = validateDataset(withEvents([visit, visit]));
    expect(dataset.events).toHaveLength(1);
    expect(problems).toMatchObject([{ record: 'aaa-bbb-visit', field: 'id', severity: 'error' }]);
  });
});

describe('ModelData events', () => {
  const data = indexDataset({
    ...fixtureDataset(),
    events: [drill, fair1, visit, fair2, { ...visit, id: 'a-same-day' }],
  });

  it('sorts events by date (a year before its months), then id', () => {
    expect(data.events.map((e) => e.record.id)).toEqual([
      'fair-1959',
      'a-same-day',
      'aaa-bbb-visit',
      'fair-1961',
      'drill-1975',
    ]);
    expect(data.eventIndex.get('drill-1975')).toBe(4);
  });

  it('resolves countries, years and related records to indices', () => {
    const e = data.events[data.eventIndex.get('drill-1975')!]!;
    expect(e.host).toBe(-1);
    expect(e.participants).toEqual([data.countryIndex.get('AAA'), data.countryIndex.get('DDD')]);
    expect(e.agreements).toEqual([data.agreementIndex.get('aaa-ddd')]);
    expect([e.from, e.to, e.kind]).toEqual([1975, 1975, 'exercise']);
    const f = data.events[data.eventIndex.get('fair-1961')!]!;
    expect(f.host).toBe(data.countryIndex.get('CCC'));
    expect(f.participants).toEqual([]);
    const v = data.events[data.eventIndex.get('aaa-bbb-visit')!]!;
    expect(v.transfers).toEqual([data.transferIndex.get('d1')]);
  });

  it('groups the editions of a series in date order', () => {
    expect([...data.eventSeries.keys()]).toEqual(['Fair', 'Drill']);
    expect(data.eventSeries.get('Fair')!.map((i) => data.events[i]!.record.id)).toEqual([
      'fair-1959',
      'fair-1961',
    ]);
  });

  it('leaves out related ids that are not in the dataset, and events of unknown countries', () => {
    const d = indexDataset({
      ...fixtureDataset(),
      events: [
        { ...visit, related: { transfers: ['gone', 'd2'] } },
        { ...visit, id: 'lost', participants: ['ZZZ'] },
      ],
    });
    expect(d.events.map((e) => e.record.id)).toEqual(['aaa-bbb-visit']);
    expect(d.events[0]!.transfers).toEqual([d.transferIndex.get('d2')]);
  });

  it('has no events for a v1 dataset', () => {
    const d = indexDataset(fixtureDataset());
    expect(d.events).toEqual([]);
    expect(d.eventSeries.size).toBe(0);
  });
});

describe('loader', () => {
  const files = (d: Dataset): Record<string, string> => ({
    'countries.json': JSON.stringify({ schemaVersion: 1, countries: d.countries }),
    'agreements.json': JSON.stringify({ schemaVersion: 1, agreements: d.agreements }),
    'transfers.json': JSON.stringify({ schemaVersion: 1, transfers: d.transfers }),
  });
  const fetcher = (served: Record<string, string>) => async (url: string) => {
    const name = url.split('/').pop()!;
    return name in served ? { text: served[name] } : { status: 404 };
  };

  it('loads a v1 dataset without events.json (nor embargoes.json)', async () => {
    const { data, problems } = await loadDefaultDataset(fetcher(files(fixtureDataset())));
    expect(problems).toEqual([]);
    expect(data?.events).toEqual([]);
    expect(data?.transfers).toHaveLength(4);
  });

  it('loads events.json when it is there, reporting its problems by file and record', async () => {
    const served = {
      ...files(fixtureDataset()),
      'events.json': JSON.stringify({
        schemaVersion: 1,
        events: [visit, { ...drill, participants: ['AAA', 'XYZ'] }],
      }),
    };
    const { data, problems } = await loadDefaultDataset(fetcher(served));
    expect(data?.events.map((e) => e.record.id)).toEqual(['aaa-bbb-visit']);
    expect(problems.map(formatProblem)).toEqual([
      'events.json (record "drill-1975", field "participants.1"): unknown country "XYZ"',
    ]);
  });

  it('reports a wrong schemaVersion in events.json and still loads the rest', async () => {
    const served = {
      ...files(fixtureDataset()),
      'events.json': JSON.stringify({ schemaVersion: 2, events: [visit] }),
    };
    const { data, problems } = await loadDefaultDataset(fetcher(served));
    expect(data?.transfers).toHaveLength(4);
    expect(data?.events).toEqual([]);
    expect(problems).toMatchObject([{ file: 'events.json', field: 'schemaVersion' }]);
  });
});

describe('Entente JSON with events', () => {
  const dataset: Dataset = {
    ...fixtureDataset(),
    agreements: [...fixtureDataset().agreements, programme],
    events: [visit, fair1, drill],
  };

  it('exports events after embargoes and reads them back unchanged', () => {
    const text = datasetJson(dataset);
    expect(Object.keys(JSON.parse(text) as object)).toEqual([
      'schemaVersion',
      'countries',
      'agreements',
      'transfers',
      'embargoes',
      'events',
    ]);
    const r = importFile('export.json', enc.encode(text));
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    expect(r.dataset.events).toEqual(dataset.events);
    expect(r.dataset.agreements.at(-1)).toEqual(programme);
    expect(r.report.records).toBe(5 + 3 + 4 + 0 + 3);
    expect(r.report.warnings).toEqual([]);
  });

  it('reports an event whose participants are not known, by record and field', () => {
    const text = JSON.stringify({
      schemaVersion: 1,
      events: [visit, { ...drill, id: 'odd', participants: ['AAA', 'ZZZ', 'YYY'] }],
    });
    const r = importFile('events.json', enc.encode(text), undefined, {
      countries: fixtureDataset().countries,
    });
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    expect(r.dataset.events?.map((e) => e.id)).toEqual(['aaa-bbb-visit', 'odd']);
    expect(r.report.warnings).toEqual([
      'events.json (record "odd", field "participants.1"): unknown countries "ZZZ", "YYY": kept as placeholder nodes',
    ]);
  });

  it('keeps such an event through the import, its unknown states as placeholders, and says so', () => {
    const text = JSON.stringify({
      schemaVersion: 1,
      events: [{ ...drill, id: 'odd', participants: ['AAA', 'ZZZ'] }],
    });
    const outcome = importPipeline({
      files: [{ name: 'events.json', bytes: enc.encode(text) }],
      current: fixtureDataset(),
      mode: 'add',
      name: 'with events',
    });
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.error));
    expect(outcome.data.events.map((e) => e.record.id)).toEqual(['odd']);
    expect(outcome.notes.join(' ')).toMatch(/1 actor not in Entente's list.*ZZZ/);
    expect(outcome.files[0]!.report.warnings[0]).toMatch(/record "odd".*"ZZZ"/);
    expect(outcome.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('replacing everything keeps the current events when the import has none, without dangling links', () => {
    const imported: Dataset = {
      countries: [],
      agreements: [],
      transfers: [fixtureDataset().transfers[1]!],
      embargoes: [],
    };
    const combined = combineDatasets(dataset, imported, 'replace-all', 'new').dataset;
    expect(combined.events?.map((e) => e.id)).toEqual(['aaa-bbb-visit', 'fair-1961', 'drill-1975']);
    expect(combined.events?.[0]!.related).toBeUndefined();
    expect(combined.events?.[2]!.related).toBeUndefined();
    const added = combineDatasets(
      dataset,
      { ...imported, events: [{ ...visit, title: 'New' }] },
      'add',
      'new',
    ).dataset;
    expect(added.events?.map((e) => e.title)).toEqual(['New', 'Fair 1961', 'Drill 1975']);
  });
});

describe('defence-industrial programmes are not alliances', () => {
  const d = fixtureDataset();
  const data = indexDataset({ ...d, agreements: [...d.agreements, programme] });
  const b = data.countryIndex.get('BBB')!;
  const c = data.countryIndex.get('CCC')!;

  it('are off in the default filters, like export-control regimes', () => {
    expect(DEFAULT_AGREEMENT_TYPES).not.toContain('defence-industrial');
    expect(DEFAULT_AGREEMENT_TYPES).not.toContain('export-control');
    expect(DEFAULT_AGREEMENT_TYPES).toContain('defence-cooperation');
    const shown = aggregate(
      data,
      { ...defaultFilters(data.yearSpan), from: 1966, to: 1966 },
      'clique',
    );
    expect(
      shown.ties.some((t) => data.agreements[t.agreements[0]!]!.type === 'defence-industrial'),
    ).toBe(false);
    const all = aggregate(
      data,
      { ...defaultFilters(data.yearSpan), from: 1966, to: 1966, agreementTypes: null },
      'clique',
    );
    expect(all.ties.some((t) => t.agreements.includes(data.agreementIndex.get('jet')!))).toBe(true);
  });

  it('never make two partners allies, and do not pull the layout together', () => {
    expect(sharedAgreementsInYear(data, b, c, 1966)).toEqual([]);
    const plain = indexDataset(d);
    const weightBetween = (input: LayoutInput, a: string, b: string) =>
      [...input.source].reduce((sum, s, e) => {
        const pair = [input.keys[s], input.keys[input.target[e]!]];
        return pair.includes(a) && pair.includes(b) ? sum + input.weight[e]! : sum;
      }, 0);
    expect(weightBetween(buildLayoutInput(data), 'BBB', 'CCC')).toBe(
      weightBetween(buildLayoutInput(plain), 'BBB', 'CCC'),
    );
  });
});
