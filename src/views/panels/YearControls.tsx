/** Period controls: range or "as of" year, with sliders and number fields kept in step. */
import { useState } from 'react';
import type { TimeMode } from '../../model/filters';
import { useAppStore } from '../../state/store';
import { SegmentedControl } from '../../ui/SegmentedControl';

const DEFAULT_SPAN: readonly [number, number] = [1945, 2025];

/**
 * A year field that lets people type: the value is committed when it is a whole year inside the
 * span (or on Enter and blur, clamped), not on every keystroke ("1", "19", "197"...).
 */
function YearField({
  label,
  value,
  min,
  max,
  onCommit,
}: {
  label: string;
  value: number;
  min: number;
  max: number;
  onCommit(year: number): void;
}) {
  const [draft, setDraft] = useState<string | null>(null);
  const commit = (text: string) => {
    const year = Number(text);
    if (text.trim() !== '' && Number.isFinite(year))
      onCommit(Math.min(max, Math.max(min, Math.round(year))));
    setDraft(null);
  };
  return (
    <label>
      {label}
      <input
        type="number"
        min={min}
        max={max}
        value={draft ?? value}
        onChange={(e) => {
          const text = e.target.value;
          const year = Number(text);
          if (/^\d{4}$/.test(text) && year >= min && year <= max) {
            onCommit(year);
            setDraft(null);
          } else {
            setDraft(text);
          }
        }}
        onBlur={(e) => commit(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit((e.target as HTMLInputElement).value);
        }}
      />
    </label>
  );
}

export function YearControls() {
  const filters = useAppStore((s) => s.view.filters);
  const span = useAppStore((s) => s.data?.yearSpan) ?? DEFAULT_SPAN;
  const setFilters = useAppStore((s) => s.setFilters);
  const setYears = useAppStore((s) => s.setYears);
  const [min, max] = span;

  return (
    <div className="year-controls">
      <SegmentedControl<TimeMode>
        legend="Period"
        name="time-mode"
        value={filters.mode}
        options={[
          { value: 'range', label: 'Years from–to' },
          { value: 'asOf', label: 'As of one year' },
        ]}
        onChange={(mode) => setFilters({ mode })}
      />
      {filters.mode === 'range' ? (
        <div className="year-range">
          <YearField
            label="From"
            value={filters.from}
            min={min}
            max={max}
            onCommit={(year) => setYears(year, filters.to)}
          />
          <YearField
            label="To"
            value={filters.to}
            min={min}
            max={max}
            onCommit={(year) => setYears(filters.from, year)}
          />
        </div>
      ) : (
        <label className="as-of">
          Year <output>{filters.to}</output>
          <input
            type="range"
            min={min}
            max={max}
            value={filters.to}
            aria-label="Year"
            onChange={(e) =>
              setFilters(
                {
                  to: Math.min(max, Math.max(min, e.target.valueAsNumber)),
                  from: Math.min(filters.from, e.target.valueAsNumber),
                },
                'replace',
              )
            }
          />
        </label>
      )}
    </div>
  );
}
