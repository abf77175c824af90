/**
 * ATOP (Alliance Treaty Obligations and Provisions) member-level files -> Entente agreements.
 * Reads the 5.1 layout (`atop5_1m.csv`) and the 4.01 member-level file: one row per alliance x
 * member x phase, states identified by COW codes, dates split into year / month / day.
 *
 * - one agreement per `atopid`, id `atop-<atopid>`, name `ATOP <atopid>`;
 * - members: the rows of one (atopid, state) are merged into spells (phases that follow each
 *   other become one spell; a gap gives a second entry, as the dataset format asks). COW codes
 *   that stand for different states over time are split by date (cow.ts), so 260 (FRG) and 255
 *   (Germany) both become DEU and merge, and 365 becomes SUN then RUS;
 * - `yrexit` 0 means still in force at the end of the data: `left` null;
 * - dates: month or day 0 (unknown) are left out (`YYYY` or `YYYY-MM`);
 * - `signed`: the earliest member entry (the member file has no signature date), `ended`: null
 *   while any member is still in, else the latest exit;
 * - type from the obligation flags (OR over all rows of the alliance), first that applies:
 *   defense -> `collective-defence` with more than 2 parties (distinct COW codes),
 *   `mutual-defence` otherwise;
 *   offense -> `mutual-defence`; neutral -> `neutrality`; nonagg -> `non-aggression`;
 *   consul -> `consultation`. All flags set are listed in `summary`.
 */
import type {
  Agreement,
  AgreementMember,
  AgreementType,
  Country,
  Dataset,
  PartialDate,
} from '../../model/types';
import { ActorRegistry } from './actors';
import { cowName, cowSpells, dateStart } from './cow';
import { readCsv } from './csv';
import type { TextEncodingName } from './text';
import { ImportFailure, WarningCollector, type ImportReport } from './types';

export interface AtopOptions {
  fileName: string;
  encoding?: TextEncodingName;
  onProgress?: (fraction: number) => void;
  countries?: readonly Country[];
}

export interface AtopResult {
  dataset: Dataset;
  report: ImportReport;
}

const FLAGS = ['defense', 'offense', 'neutral', 'nonagg', 'consul'] as const;
type Flag = (typeof FLAGS)[number];
const FLAG_WORDS: Record<Flag, string> = {
  defense: 'defence',
  offense: 'offence',
  neutral: 'neutrality',
  nonagg: 'non-aggression',
  consul: 'consultation',
};

/** Whether a header row is an ATOP member-level header. */
export function isAtopMemberHeader(fields: readonly string[]): boolean {
  const h = fields.map((f) => f.trim().toLowerCase());
  return h[0] === 'atopid' && h.includes('member') && h.includes('yrent') && h.includes('yrexit');
}

/** Year / month / day -> partial date (month or day 0 = unknown). */
export function ymd(y: number, m: number, d: number): PartialDate {
  const yy = String(y).padStart(4, '0');
  if (!m) return yy;
  const mm = `${yy}-${String(m).padStart(2, '0')}`;
  return d ? `${mm}-${String(d).padStart(2, '0')}` : mm;
}

/** ATOP's type precedence (see the file comment). */
export function atopType(flags: ReadonlySet<Flag>, parties: number): AgreementType | undefined {
  if (flags.has('defense')) return parties > 2 ? 'collective-defence' : 'mutual-defence';
  if (flags.has('offense')) return 'mutual-defence';
  if (flags.has('neutral')) return 'neutrality';
  if (flags.has('nonagg')) return 'non-aggression';
  if (flags.has('consul')) return 'consultation';
  return undefined;
}

interface Spell {
  country: string;
  joined: PartialDate;
  left: PartialDate | null;
}

/** Merge the spells of one (alliance, country): overlapping or touching spells become one. */
function mergeSpells(spells: Spell[]): Spell[] {
  const sorted = spells
    .slice()
    .sort((a, b) => dateStart(a.joined).localeCompare(dateStart(b.joined)));
  const out: Spell[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && (last.left === null || dateStart(s.joined) <= dateStart(last.left))) {
      if (last.left !== null && (s.left === null || dateStart(s.left) > dateStart(last.left)))
        last.left = s.left;
    } else out.push({ ...s });
  }
  return out;
}

export function parseAtop(text: string, options: AtopOptions): AtopResult {
  const { fileName, onProgress } = options;
  const rows = readCsv(text, { onProgress, progressFrom: 0, progressTo: 0.6 });
  const hIndex = rows.slice(0, 5).findIndex((r) => isAtopMemberHeader(r.fields));
  if (hIndex < 0)
    throw new ImportFailure(
      1,
      'no ATOP member-level header (atopid, ..., member, yrent, ..., yrexit) found',
    );
  const header = rows[hIndex]!.fields.map((f) => f.trim().toLowerCase());
  const col = (name: string, required = true) => {
    const i = header.indexOf(name);
    if (i < 0 && required)
      throw new ImportFailure(rows[hIndex]!.line, `missing column "${name}"`, undefined, name);
    return i;
  };
  const c = {
    atopid: col('atopid'),
    member: col('member'),
    yrent: col('yrent'),
    moent: col('moent', false),
    dayent: col('dayent', false),
    yrexit: col('yrexit'),
    moexit: col('moexit', false),
    dayexit: col('dayexit', false),
    version: col('version', false),
  };
  const flagCols = FLAGS.map((f) => [f, col(f, false)] as const);
  const actors = new ActorRegistry(options.countries, 1815);
  const warnings = new WarningCollector();

  interface Acc {
    atopid: number;
    line: number;
    flags: Set<Flag>;
    spells: Map<string, Spell[]>;
    ongoing: boolean;
    versions: Set<string>;
    codes: Set<number>;
  }
  const alliances = new Map<number, Acc>();
  let dataRows = 0;
  for (let i = hIndex + 1; i < rows.length; i++) {
    const r = rows[i]!;
    if (r.fields.length === 1 && r.fields[0]!.trim() === '') continue;
    if (r.fields.length !== header.length) {
      throw new ImportFailure(
        r.line,
        `expected ${header.length} fields as in the header, found ${r.fields.length}`,
        Math.min(r.fields.length, header.length) + 1,
      );
    }
    dataRows++;
    const int = (index: number, name: string, required: boolean): number => {
      if (index < 0) return 0;
      const s = r.fields[index]!.trim();
      if (s === '') {
        if (required) throw new ImportFailure(r.line, 'empty', index + 1, name);
        return 0;
      }
      if (!/^-?\d+(\.0+)?$/.test(s))
        throw new ImportFailure(r.line, `expected a whole number, found "${s}"`, index + 1, name);
      return Math.trunc(Number(s));
    };
    const atopid = int(c.atopid, 'atopid', true);
    const member = int(c.member, 'member', true);
    const yrent = int(c.yrent, 'yrent', true);
    if (yrent < 1000 || yrent > 2200)
      throw new ImportFailure(r.line, `entry year out of range: ${yrent}`, c.yrent + 1, 'yrent');
    const yrexit = int(c.yrexit, 'yrexit', false);
    if (yrexit !== 0 && (yrexit < 1000 || yrexit > 2200))
      throw new ImportFailure(r.line, `exit year out of range: ${yrexit}`, c.yrexit + 1, 'yrexit');
    const mo = (index: number, name: string, max: number) => {
      const v = int(index, name, false);
      if (v < 0 || v > max)
        throw new ImportFailure(r.line, `${name} out of range: ${v}`, index + 1, name);
      return v;
    };
    const joined = ymd(yrent, mo(c.moent, 'moent', 12), mo(c.dayent, 'dayent', 31));
    const left =
      yrexit === 0 ? null : ymd(yrexit, mo(c.moexit, 'moexit', 12), mo(c.dayexit, 'dayexit', 31));
    if (left !== null && dateStart(left) < dateStart(joined)) {
      throw new ImportFailure(
        r.line,
        `exit ${left} before entry ${joined}`,
        c.yrexit + 1,
        'yrexit',
      );
    }
    let acc = alliances.get(atopid);
    if (!acc) {
      acc = {
        atopid,
        line: r.line,
        flags: new Set(),
        spells: new Map(),
        ongoing: false,
        versions: new Set(),
        codes: new Set(),
      };
      alliances.set(atopid, acc);
    }
    for (const [flag, index] of flagCols) {
      if (index >= 0 && int(index, flag, false) > 0) acc.flags.add(flag);
    }
    if (left === null) acc.ongoing = true;
    acc.codes.add(member);
    if (c.version >= 0) {
      const v = Number(r.fields[c.version]);
      if (Number.isFinite(v) && v > 0) acc.versions.add(String(Math.round(v * 100) / 100));
    }
    const recordId = `atop-${atopid}`;
    const name = `COW ${member}`;
    let pieces = cowSpells(member, joined, left);
    if (pieces.length === 0) {
      const id = `X-COW-${member}`;
      actors.use(
        name,
        {
          id,
          kind: 'unknown',
          matchedBy: 'none',
          actor: {
            id,
            name: `COW state ${member}`,
            kind: 'unknown',
            note: `COW code ${member} is not in the importer's table.`,
          },
        },
        recordId,
        yrent,
      );
      pieces = [{ id, from: joined, to: left }];
    } else {
      for (const p of pieces)
        actors.use(
          `${name} (${cowName(member)})`,
          { id: p.id, kind: 'state', matchedBy: 'table' },
          recordId,
          yrent,
        );
    }
    for (const p of pieces) {
      const list = acc.spells.get(p.id) ?? [];
      list.push({ country: p.id, joined: p.from, left: p.to });
      acc.spells.set(p.id, list);
    }
  }
  onProgress?.(0.8);

  const agreements: Agreement[] = [];
  for (const acc of [...alliances.values()].sort((a, b) => a.atopid - b.atopid)) {
    const members: AgreementMember[] = [];
    for (const list of acc.spells.values()) {
      for (const s of mergeSpells(list))
        members.push({ country: s.country, joined: s.joined, left: s.left });
    }
    members.sort(
      (a, b) =>
        dateStart(a.joined).localeCompare(dateStart(b.joined)) ||
        a.country.localeCompare(b.country),
    );
    // Parties as ATOP counts them (COW codes): USSR-then-Russia with North Korea stays a
    // bilateral, mutual-defence treaty even though it has three Entente members.
    const parties = acc.codes.size;
    let type = atopType(acc.flags, parties);
    if (!type) {
      warnings.add('alliance with no obligation flag set: type "consultation"', acc.line);
      type = 'consultation';
    }
    const signed = members.reduce(
      (min, m) => (dateStart(m.joined) < dateStart(min) ? m.joined : min),
      members[0]!.joined,
    );
    let ended: PartialDate | null = null;
    if (!acc.ongoing) {
      ended = members.reduce<PartialDate>(
        (max, m) => (m.left !== null && dateStart(m.left) > dateStart(max) ? m.left : max),
        members[0]!.left ?? signed,
      );
    }
    const version = [...acc.versions][0] ?? '5.1';
    const flags = FLAGS.filter((f) => acc.flags.has(f)).map((f) => FLAG_WORDS[f]);
    agreements.push({
      id: `atop-${acc.atopid}`,
      name: `ATOP ${acc.atopid}`,
      type,
      signed,
      ended,
      members,
      source: `ATOP ${version} (Leeds et al. 2002), atopid ${acc.atopid}`,
      summary: flags.length
        ? `Obligations coded by ATOP: ${flags.join(', ')}.`
        : 'No obligation coded by ATOP.',
    });
  }
  const approximations = [
    'The ATOP member file has no signature date: "signed" is the earliest entry of any member.',
    'COW codes that stand for different states over time were split by date (365: SUN until 1991-12-25, then RUS; 345: YUG until 1992-04-26, SCG until 2006-06-04, then SRB; 255 and 260: DEU); pieces shorter than 31 days were given to the neighbouring state.',
  ];
  onProgress?.(1);
  return {
    dataset: {
      countries: actors.countries(),
      agreements,
      transfers: [],
      embargoes: [],
      name: fileName,
      origin: { agreements: `the ATOP alliance data (${fileName})` },
    },
    report: {
      rows: dataRows,
      records: agreements.length,
      unmatched: actors.unmatched(),
      actors: actors.report(),
      warnings: warnings.list(),
      approximations,
      encoding: options.encoding ?? 'utf-8',
    },
  };
}
