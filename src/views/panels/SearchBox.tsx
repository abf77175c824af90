/**
 * Search as an ARIA combobox (the APG list-autocomplete pattern): type, arrow down and up, Enter
 * takes the highlighted option, Escape closes the list. It finds states (names, ids, aliases,
 * common names, typos), agreements, pairs ("France Egypt") and deals by designation ("Rafale");
 * matching and ranking live in model/search.ts. Choosing a state, an agreement or a pair selects
 * it and flies there; a deal opens its pair with the deal pointed out; the option under a state
 * focuses the picture on it.
 */
import { useId, useMemo, useState } from 'react';
import type { ModelData } from '../../model/dataset';
import { addToFocus, focusOn } from '../../model/filters';
import { hubKey } from '../../model/keys';
import { cameraCommands } from '../../state/channels';
import { search, searchIndex, type SearchHit } from '../../model/search';
import { useAppStore } from '../../state/store';
import './search.css';

const SHOWN = 8;

/** A hit, or the "focus on this state" action offered under the best state. */
type Option =
  { kind: 'hit'; hit: SearchHit } | { kind: 'focus'; country: number; add: boolean; label: string };

const KIND_LABELS: Record<SearchHit['kind'], string> = {
  country: 'State',
  agreement: 'Agreement',
  pair: 'Pair',
  deals: 'Deal',
  event: 'Event',
};

function optionsFor(data: ModelData, hits: SearchHit[], focus: readonly string[] | null): Option[] {
  const options: Option[] = [];
  hits.forEach((hit, i) => {
    options.push({ kind: 'hit', hit });
    // Under the best hit, when it is a state: focus on it (or add it to the current focus).
    if (i > 0 || hit.kind !== 'country') return;
    const id = data.countries[hit.country]!.id;
    if (focus?.length === 1 && focus[0] === id) return;
    const add = focus !== null && !focus.includes(id);
    options.push({
      kind: 'focus',
      country: hit.country,
      add,
      label: add ? `Add ${hit.label} to the focus` : `Focus on ${hit.label}`,
    });
  });
  return options;
}

export function SearchBox() {
  const data = useAppStore((s) => s.data);
  const focus = useAppStore((s) => s.view.filters.focus);
  const select = useAppStore((s) => s.select);
  /** The camera flies to a node wherever it is drawn (a command, not state). */
  const flyToNode = (key: string) => cameraCommands.emit({ kind: 'fly-to-node', key });
  const changeFilters = useAppStore((s) => s.changeFilters);
  const highlightDeals = useAppStore((s) => s.highlightDeals);
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const listId = useId();

  const results = useMemo(
    () => (data && query.trim() ? search(searchIndex(data), query, SHOWN) : null),
    [data, query],
  );
  const options = useMemo(
    () => (data && results ? optionsFor(data, results.hits, focus) : []),
    [data, results, focus],
  );
  const expanded = open && options.length > 0;
  const noMatch = open && results !== null && results.total === 0;

  const choose = (option: Option) => {
    if (!data) return;
    const id = (country: number) => data.countries[country]!.id;
    if (option.kind === 'focus') {
      const country = id(option.country);
      changeFilters((f) => (option.add ? addToFocus(f, country) : focusOn(f, country)));
      select({ kind: 'country', id: country });
      setQuery(data.countries[option.country]!.name);
    } else {
      const hit = option.hit;
      if (hit.kind === 'country') {
        select({ kind: 'country', id: id(hit.country) });
        flyToNode(id(hit.country));
      } else if (hit.kind === 'agreement') {
        const agreement = data.agreements[hit.agreement]!.record.id;
        select({ kind: 'agreement', id: agreement });
        flyToNode(hubKey(agreement));
      } else if (hit.kind === 'pair') {
        select({ kind: 'pair', id: id(hit.a), with: id(hit.b) });
        flyToNode(id(hit.a));
      } else if (hit.kind === 'event') {
        select({ kind: 'event', id: data.events[hit.event]!.record.id });
      } else {
        select({ kind: 'pair', id: id(hit.supplier), with: id(hit.recipient) });
        highlightDeals(hit.transfers);
        flyToNode(id(hit.supplier));
      }
      setQuery(hit.label);
    }
    setOpen(false);
  };

  return (
    <div className="search" role="search" data-no-match={noMatch || undefined}>
      <label htmlFor={`${listId}-input`} className="visually-hidden">
        Search a state or an agreement
      </label>
      <input
        id={`${listId}-input`}
        type="search"
        role="combobox"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={expanded && options[active] ? `${listId}-${active}` : undefined}
        aria-describedby={`${listId}-status`}
        placeholder="Search states, weapons…"
        value={query}
        autoComplete="off"
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
          setOpen(true);
        }}
        onFocus={() => query.trim() && setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') {
            e.preventDefault();
            if (!open) setOpen(true);
            else setActive((a) => Math.min(a + 1, options.length - 1));
          } else if (e.key === 'ArrowUp') {
            e.preventDefault();
            setActive((a) => Math.max(a - 1, 0));
          } else if (e.key === 'Home' && expanded) {
            e.preventDefault();
            setActive(0);
          } else if (e.key === 'End' && expanded) {
            e.preventDefault();
            setActive(options.length - 1);
          } else if (e.key === 'Enter' && expanded && options[active]) {
            e.preventDefault();
            choose(options[active]);
          } else if (e.key === 'Escape' && (expanded || noMatch)) {
            // The first Escape closes the list; the next one reaches the app and clears the selection.
            setOpen(false);
            e.stopPropagation();
          }
        }}
      />
      {/* Always in the page, so screen readers hear "No match" and the count when they change. */}
      <p id={`${listId}-status`} className="search-status" role="status" aria-live="polite">
        {noMatch
          ? `No match for “${query.trim()}”`
          : expanded && results
            ? results.total > options.filter((o) => o.kind === 'hit').length
              ? `${results.total} matches; the best ${SHOWN} shown`
              : `${results.total} ${results.total === 1 ? 'match' : 'matches'}`
            : ''}
      </p>
      {expanded && (
        <ul id={listId} role="listbox" className="search-results" aria-label="Search results">
          {options.map((option, i) => (
            <li
              key={option.kind === 'hit' ? optionKey(option.hit) : `focus:${option.country}`}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              className={option.kind === 'focus' ? 'search-action' : undefined}
              onMouseMove={() => i !== active && setActive(i)}
              onMouseDown={(e) => {
                e.preventDefault();
                choose(option);
              }}
            >
              {option.kind === 'focus' ? (
                <>
                  <span className="search-kind">Focus</span>
                  <span className="search-label">{option.label}</span>
                  <span className="meta">only it, its partners and their ties</span>
                </>
              ) : (
                <>
                  <span className="search-kind">{KIND_LABELS[option.hit.kind]}</span>
                  <span className="search-label">{option.hit.label}</span>
                  <span className="meta">{option.hit.detail}</span>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function optionKey(hit: SearchHit): string {
  switch (hit.kind) {
    case 'country':
      return `c:${hit.country}`;
    case 'agreement':
      return `a:${hit.agreement}`;
    case 'pair':
      return `p:${hit.a}:${hit.b}`;
    case 'deals':
      return `d:${hit.transfers[0]}`;
    case 'event':
      // A series and its latest edition point at one event: the label tells them apart.
      return `e:${hit.event}:${hit.label}`;
  }
}
