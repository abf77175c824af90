/**
 * Presentation sequences ("talks"): a list of steps, each a titled, serialised view. The whole
 * list travels in one `talk` URL parameter: JSON, compressed with lz-string into URL-safe text.
 * Decoding validates everything and never throws: bad input gives an empty list and a message.
 */
import * as lzNamespace from 'lz-string';
import { MAX_VALUE_CHARS, TALK_MAX_CHARS } from './params';

export interface TalkStep {
  title: string;
  caption?: string;
  /** A serialised view (see serialise.ts), without the leading `?`. */
  query: string;
  /** Pin the Details card of the step's selection beside the caption (absent: no). */
  details?: true;
}

export const TALK_MAX_STEPS = 100;
export const TITLE_MAX_CHARS = 200;
export const CAPTION_MAX_CHARS = 2_000;
/** Longest decompressed JSON accepted (a guard against decompression bombs). */
const JSON_MAX_CHARS = 400_000;
/** Keys a step's query may not carry: a step cannot start another talk. */
const STEP_FORBIDDEN_KEYS = new Set(['talk', 'present', 'embed', 'data']);

type LzString = typeof lzNamespace;
// lz-string is CommonJS: bundlers expose its functions as named exports, Node as `default`.
const lz: LzString =
  (lzNamespace as unknown as { default?: LzString }).default ?? (lzNamespace as LzString);

/** Remove a leading `?` and any key a step may not carry. */
export function sanitiseStepQuery(query: string): string {
  const text = query.startsWith('?') ? query.slice(1) : query;
  if (text === '') return '';
  return text
    .split('&')
    .filter((pair) => {
      if (pair === '') return false;
      const eq = pair.indexOf('=');
      const key = (eq < 0 ? pair : pair.slice(0, eq)).trim().toLowerCase();
      return !STEP_FORBIDDEN_KEYS.has(key);
    })
    .join('&');
}

/** Encode steps into the value of the `talk` parameter. */
export function encodeTalk(steps: readonly TalkStep[]): string {
  const plain = steps.map((s) => {
    const step: TalkStep = { title: s.title, query: sanitiseStepQuery(s.query) };
    if (s.caption !== undefined) step.caption = s.caption;
    if (s.details) step.details = true;
    return step;
  });
  return lz.compressToEncodedURIComponent(JSON.stringify(plain));
}

export interface DecodedTalk {
  steps: TalkStep[];
  /** What was wrong with the input, for the notice; empty when all was well. */
  messages: string[];
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function ownString(record: Record<string, unknown>, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}

/** Decode the value of a `talk` parameter. Never throws. */
export function decodeTalk(encoded: string): DecodedTalk {
  const fail = (message: string): DecodedTalk => ({ steps: [], messages: [message] });
  // A `+` read from a form-encoded query becomes a space: turn it back.
  const text = typeof encoded === 'string' ? encoded.replace(/ /g, '+') : '';
  if (text === '') return fail('The presentation in "talk" is empty');
  if (text.length > TALK_MAX_CHARS)
    return fail('The presentation in "talk" is too long and was ignored');
  if (!/^[A-Za-z0-9+\-$]*$/.test(text)) {
    return fail('The presentation in "talk" is not valid (unexpected characters) and was ignored');
  }

  let json: string | null;
  try {
    json = lz.decompressFromEncodedURIComponent(text);
  } catch {
    json = null;
  }
  if (typeof json !== 'string' || json === '') {
    return fail('The presentation in "talk" could not be decompressed and was ignored');
  }
  if (json.length > JSON_MAX_CHARS)
    return fail('The presentation in "talk" is too large and was ignored');

  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return fail('The presentation in "talk" is damaged and was ignored');
  }
  if (!Array.isArray(parsed))
    return fail('The presentation in "talk" is not a list of steps and was ignored');

  const messages: string[] = [];
  const steps: TalkStep[] = [];
  if (parsed.length > TALK_MAX_STEPS) {
    messages.push(
      `The presentation has over ${TALK_MAX_STEPS} steps: only the first ${TALK_MAX_STEPS} were kept`,
    );
  }
  parsed.slice(0, TALK_MAX_STEPS).forEach((item: unknown, i) => {
    const where = `Step ${i + 1} of the presentation`;
    if (!isPlainObject(item)) {
      messages.push(`${where} is not a step and was ignored`);
      return;
    }
    const title = ownString(item, 'title');
    const caption = ownString(item, 'caption');
    const query = ownString(item, 'query');
    if (typeof title !== 'string' || title.length > TITLE_MAX_CHARS) {
      messages.push(`${where} has no valid title and was ignored`);
      return;
    }
    if (typeof query !== 'string' || query.length > MAX_VALUE_CHARS) {
      messages.push(`${where} has no valid view and was ignored`);
      return;
    }
    const step: TalkStep = { title, query: sanitiseStepQuery(query) };
    if (typeof caption === 'string' && caption.length <= CAPTION_MAX_CHARS) step.caption = caption;
    else if (caption !== undefined)
      messages.push(`${where}: its caption was not valid and was dropped`);
    // Older links have no `details`; anything but `true` means no pinned card.
    if (ownString(item, 'details') === true) step.details = true;
    steps.push(step);
  });
  if (steps.length === 0 && messages.length === 0)
    messages.push('The presentation in "talk" has no steps');
  return { steps, messages };
}
