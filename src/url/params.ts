/**
 * Reading a query string into a raw, untrusted view state. Nothing here knows the dataset and
 * nothing is executed: values are only split and percent-decoded, and only the known keys below are
 * kept (in a fixed-shape object, so a key such as `__proto__` can never reach a prototype).
 * `clean.ts` then checks the raw values against the loaded dataset.
 *
 * The keys come from the registry (model/viewKeys.ts) and the link's extras below. They are a
 * public interface: links in the wild use them. Add keys; never rename one.
 */
import { LINK_KEY_LIST, VIEW_KEY_LIST } from '../model/viewKeys';

/** The current URL format. A link without `v` is version 1. */
export const URL_VERSION = 1;

/** Values longer than this are ignored (a `talk` may be longer, see TALK_MAX_CHARS). */
export const MAX_VALUE_CHARS = 2_000;
/** Longest accepted `talk` value (an lz-string compressed presentation). */
export const TALK_MAX_CHARS = 12_000;
/** Lists with more items than this are ignored as a whole. */
export const MAX_LIST_ITEMS = 300;
/** Only this many characters of a query string are read. */
export const MAX_QUERY_CHARS = 40_000;
/** Only this many `key=value` pairs are read. */
export const MAX_PAIRS = 100;
/** Written for an empty list, e.g. `panels=none` (an empty value means the same). */
export const EMPTY_LIST = 'none';
/** Written for "all values" where that is not the default, e.g. `types=all`. */
export const ALL_LIST = 'all';

/** Keys a link carries besides the view (see clean.ts ViewExtras): written before the view's. */
export const LEADING_EXTRA_KEYS: readonly string[] = LINK_KEY_LIST.filter(
  (k) => k.at === 'start',
).map((k) => k.key);
/** ... and after them. */
export const TRAILING_EXTRA_KEYS: readonly string[] = LINK_KEY_LIST.filter(
  (k) => k.at === 'end',
).map((k) => k.key);

/** Every URL key, in the order a link writes them: the extras and the registry's view keys. */
export const URL_KEYS: readonly string[] = [
  ...LEADING_EXTRA_KEYS,
  ...VIEW_KEY_LIST.flatMap((k) => k.keys),
  ...TRAILING_EXTRA_KEYS,
];
/** Keys whose value is a comma-separated list. */
export const LIST_KEYS: readonly string[] = VIEW_KEY_LIST.filter((k) => k.list).flatMap(
  (k) => k.keys,
);
/** Keys whose value is a single string. */
export const SCALAR_KEYS: readonly string[] = URL_KEYS.filter((k) => !LIST_KEYS.includes(k));

/**
 * The query string as read, before any check against the data: every known key that was present,
 * with its decoded value (lists split on commas, empty items dropped; `none` or an empty value
 * gives an empty list). `notes` says what could not even be read (unknown keys, over-long values).
 */
export interface RawViewState {
  notes: string[];
  [key: string]: string | string[] | undefined;
}

/** A scalar key's raw value (undefined when absent or, wrongly, a list). */
export function rawScalar(raw: RawViewState, key: string): string | undefined {
  const value = raw[key];
  return typeof value === 'string' ? value : undefined;
}

/** A list key's raw items (undefined when absent). */
export function rawList(raw: RawViewState, key: string): string[] | undefined {
  const value = key === 'notes' ? undefined : raw[key];
  return Array.isArray(value) ? value : undefined;
}

const LIST_KEY_SET: ReadonlySet<string> = new Set(LIST_KEYS);
const SCALAR_KEY_SET: ReadonlySet<string> = new Set(SCALAR_KEYS);

/** Decode one `application/x-www-form-urlencoded` piece exactly as URLSearchParams does (never throws). */
export function decodePart(piece: string): string {
  if (!/[%+]/.test(piece)) return piece;
  try {
    return decodeURIComponent(piece.replace(/\+/g, ' '));
  } catch {
    // Malformed escapes: URLSearchParams keeps them as literal text.
    return new URLSearchParams(`x=${piece}`).get('x') ?? '';
  }
}

/** A short, printable rendering of untrusted text for messages. */
export function quote(text: string, max = 40): string {
  // Control characters are replaced, so a message never carries line breaks or escape codes.
  // eslint-disable-next-line no-control-regex
  const printable = text.replace(/[\u0000-\u001f\u007f-\u009f]/g, '?');
  const short = printable.length > max ? `${printable.slice(0, max - 1)}…` : printable;
  return `"${short}"`;
}

/**
 * Read a query string (with or without the leading `?`, or `#`) into a raw view state.
 * Never throws. The first occurrence of a key wins; later ones are noted and ignored.
 */
export function parseQuery(search: string): RawViewState {
  const raw: RawViewState = { notes: [] };
  if (typeof search !== 'string') return raw;
  let text = search;
  if (text.length > MAX_QUERY_CHARS) {
    raw.notes.push(`The link is too long: only its first ${MAX_QUERY_CHARS} characters were read`);
    text = text.slice(0, MAX_QUERY_CHARS);
  }
  if (text.startsWith('?') || text.startsWith('#')) text = text.slice(1);
  if (text === '') return raw;

  const pairs = text.split('&');
  if (pairs.length > MAX_PAIRS) {
    raw.notes.push(`The link has too many parameters: only the first ${MAX_PAIRS} were read`);
  }
  const seen = new Set<string>();
  for (const pair of pairs.slice(0, MAX_PAIRS)) {
    if (pair === '') continue;
    const eq = pair.indexOf('=');
    const rawKey = eq < 0 ? pair : pair.slice(0, eq);
    const rawValue = eq < 0 ? '' : pair.slice(eq + 1);
    const name = decodePart(rawKey.slice(0, 100));
    const key = name.trim().toLowerCase();

    if (!LIST_KEY_SET.has(key) && !SCALAR_KEY_SET.has(key)) {
      raw.notes.push(`Unknown parameter ${quote(name)} was ignored`);
      continue;
    }
    if (seen.has(key)) {
      raw.notes.push(`Repeated parameter ${quote(key)} was ignored (the first one counts)`);
      continue;
    }
    seen.add(key);
    const limit = key === 'talk' ? TALK_MAX_CHARS : MAX_VALUE_CHARS;
    if (rawValue.length > limit) {
      raw.notes.push(
        `The value of ${quote(key)} is too long (over ${limit} characters) and was ignored`,
      );
      continue;
    }

    if (LIST_KEY_SET.has(key)) {
      const items = rawValue.split(',');
      if (items.length > MAX_LIST_ITEMS) {
        raw.notes.push(
          `The list in ${quote(key)} has over ${MAX_LIST_ITEMS} items and was ignored`,
        );
        continue;
      }
      const decoded = items.map((item) => decodePart(item).trim()).filter((item) => item !== '');
      const list = decoded.length === 1 && decoded[0]!.toLowerCase() === EMPTY_LIST ? [] : decoded;
      raw[key] = list;
    } else {
      // A talk is lz-string text, where `+` is a letter and no space can occur: never trimmed.
      const value = decodePart(rawValue);
      raw[key] = key === 'talk' ? value : value.trim();
    }
  }
  return raw;
}
