/**
 * Search with autocomplete for states and agreements: an ARIA combobox. Choosing a result selects
 * it and flies the camera to it.
 */
import { useId, useMemo, useState } from 'react';
import { hubKey } from '../../model/graph';
import { useAppStore } from '../../state/store';

interface Result {
  kind: 'country' | 'agreement';
  id: string;
  label: string;
  detail: string;
}

const normalise = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

export function SearchBox() {
  const data = useAppStore((s) => s.data);
  const select = useAppStore((s) => s.select);
  const flyToNode = useAppStore((s) => s.flyToNode);
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const listId = useId();

  const index = useMemo<(Result & { keys: string[] })[]>(() => {
    if (!data) return [];
    return [
      ...data.countries.map((c) => ({
        kind: 'country' as const,
        id: c.id,
        label: c.name,
        detail: c.id,
        keys: [c.name, c.id, ...(c.aliases ?? [])].map(normalise),
      })),
      ...data.agreements.map((a) => ({
        kind: 'agreement' as const,
        id: a.record.id,
        label: a.record.shortName ?? a.record.name,
        detail: 'agreement',
        keys: [a.record.name, a.record.shortName ?? ''].filter(Boolean).map(normalise),
      })),
    ];
  }, [data]);

  const results = useMemo(() => {
    const q = normalise(query.trim());
    if (!q) return [];
    const scored = index
      .map((r) => ({
        r,
        score: r.keys.some((k) => k.startsWith(q)) ? 0 : r.keys.some((k) => k.includes(q)) ? 1 : 2,
      }))
      .filter((x) => x.score < 2)
      .sort((a, b) => a.score - b.score || a.r.label.localeCompare(b.r.label));
    return scored.slice(0, 8).map((x) => x.r);
  }, [index, query]);

  const choose = (r: Result) => {
    select({ kind: r.kind, id: r.id });
    flyToNode(r.kind === 'agreement' ? hubKey(r.id) : r.id);
    setQuery(r.label);
    setOpen(false);
  };

  return (
    <div className="search" role="search">
      <label htmlFor={`${listId}-input`} className="visually-hidden">
        Search a state or an agreement
      </label>
      <input
        id={`${listId}-input`}
        type="search"
        role="combobox"
        aria-expanded={open && results.length > 0}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={open && results[active] ? `${listId}-${active}` : undefined}
        placeholder="Search a state or agreement…"
        value={query}
        autoComplete="off"
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
          setOpen(true);
        }}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') {
            e.preventDefault();
            setOpen(true);
            setActive((a) => Math.min(a + 1, results.length - 1));
          } else if (e.key === 'ArrowUp') {
            e.preventDefault();
            setActive((a) => Math.max(a - 1, 0));
          } else if (e.key === 'Enter' && results[active]) {
            e.preventDefault();
            choose(results[active]);
          } else if (e.key === 'Escape' && open && results.length > 0) {
            // The first Escape closes the list; the next one reaches the app and clears the selection.
            setOpen(false);
            e.stopPropagation();
          }
        }}
      />
      {open && results.length > 0 && (
        <ul id={listId} role="listbox" className="search-results">
          {results.map((r, i) => (
            <li
              key={`${r.kind}:${r.id}`}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              onMouseDown={(e) => {
                e.preventDefault();
                choose(r);
              }}
            >
              {r.label} <span className="meta">{r.detail}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
