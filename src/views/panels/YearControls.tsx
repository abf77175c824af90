/** Period controls: range or "as of" year, with sliders and number fields kept in step. */
import { useAppStore } from '../../state/store';
import { SegmentedControl } from '../../ui/SegmentedControl';
import type { TimeMode } from '../../model/filters';

const DEFAULT_SPAN: readonly [number, number] = [1945, 2025];

export function YearControls() {
  const filters = useAppStore((s) => s.view.filters);
  const span = useAppStore((s) => s.data?.yearSpan) ?? DEFAULT_SPAN;
  const setFilters = useAppStore((s) => s.setFilters);
  const setYears = useAppStore((s) => s.setYears);
  const [min, max] = span;
  const clamp = (v: number) => Math.min(max, Math.max(min, Math.round(v)));

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
          <label>
            From
            <input
              type="number"
              min={min}
              max={max}
              value={filters.from}
              onChange={(e) =>
                Number.isFinite(e.target.valueAsNumber) &&
                setYears(clamp(e.target.valueAsNumber), filters.to)
              }
            />
          </label>
          <label>
            To
            <input
              type="number"
              min={min}
              max={max}
              value={filters.to}
              onChange={(e) =>
                Number.isFinite(e.target.valueAsNumber) &&
                setYears(filters.from, clamp(e.target.valueAsNumber))
              }
            />
          </label>
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
            onChange={(e) => setFilters({ to: clamp(e.target.valueAsNumber) }, 'replace')}
          />
        </label>
      )}
    </div>
  );
}
