/**
 * The Filters panel: one control per registry key offered here (src/model/viewKeys.ts, `panel:
 * 'filters'`), in the registry's order: period, kinds of ties, regions and which deliveries they
 * keep, agreement types, weapon categories, then the display options. A key added to the registry
 * gets its control here without touching this file.
 */
import { AGREEMENT_TYPE_COLORS, REGION_COLORS } from '../../model/appearance';
import { countryNames } from '../../model/dataset';
import {
  TIE_KINDS,
  clearFocus,
  keepOnly,
  removeFromFocus,
  toggleInSelection,
  type Direction,
  type FilterState,
} from '../../model/filters';
import type { AgreementType, Region } from '../../model/types';
import {
  FOCUS_DIRECTIONS,
  FOCUS_DIRECTION_LABELS,
  TIE_LABELS,
  VIEW_KEY_LIST,
  enumOptions,
  limitOptions,
  parseLimit,
  valueAt,
  withValueAt,
  type EnumKey,
  type FlagKey,
  type LimitKey,
  type SetKey,
  type ViewKey,
} from '../../model/viewKeys';
import { useAppStore } from '../../state/store';
import { CheckboxGroup } from '../../ui/CheckboxGroup';
import { SegmentedControl } from '../../ui/SegmentedControl';
import { Select } from '../../ui/Select';
import { YearControls } from './YearControls';
import './pair.css';

/** Colour swatches beside the options of some keys (by URL key). */
const SWATCHES: Record<string, (value: string) => string | undefined> = {
  region: (r) => REGION_COLORS[r as Region],
  types: (t) => AGREEMENT_TYPE_COLORS[t as AgreementType],
};

/** The key's current value, and a setter that commits the view with it. */
function useKeyValue<T>(key: ViewKey): [T, (value: T) => void] {
  const value = useAppStore((s) => valueAt(s.view, key.path)) as T;
  const commit = useAppStore((s) => s.commit);
  const set = (next: T) => {
    const view = useAppStore.getState().view;
    commit(withValueAt(view, key.path, next));
  };
  return [value, set];
}

function TiesControl({ viewKey }: { viewKey: ViewKey }) {
  const ties = useAppStore((s) => s.view.filters.ties);
  const setFilters = useAppStore((s) => s.setFilters);
  return (
    <fieldset className="checkbox-group">
      <legend>{viewKey.label}</legend>
      {TIE_KINDS.map((kind) => (
        <label key={kind}>
          <input
            type="checkbox"
            checked={ties[kind]}
            onChange={() => setFilters({ ties: { ...ties, [kind]: !ties[kind] } })}
          />
          {TIE_LABELS[kind]}
        </label>
      ))}
    </fieldset>
  );
}

/** A "null means all" selection as checkboxes; `only` keeps one option alone. */
function SetControl({ viewKey }: { viewKey: SetKey }) {
  const data = useAppStore((s) => s.data);
  const label = useAppStore((s) => viewKey.labelIn?.(s.view) ?? viewKey.label);
  const changeFilters = useAppStore((s) => s.changeFilters);
  const [selected, set] = useKeyValue<string[] | null>(viewKey);
  const options = data ? viewKey.options(data) : [];
  const all = options.map((o) => o.value);
  const swatch = SWATCHES[viewKey.key];
  const field = viewKey.path[1] as keyof FilterState;
  const group = (
    <CheckboxGroup
      legend={label}
      options={options.map((o) => ({ ...o, swatch: swatch?.(o.value) }))}
      selected={selected}
      onToggle={(value) => set(toggleInSelection(selected, all, value))}
      onAll={() => set(null)}
      onOnly={
        viewKey.control === 'checkboxes-with-only'
          ? (value) =>
              changeFilters((f) =>
                keepOnly(
                  f,
                  field as Parameters<typeof keepOnly>[1],
                  value as Parameters<typeof keepOnly>[2],
                ),
              )
          : undefined
      }
    />
  );
  if (!viewKey.folded) return group;
  return (
    <details>
      <summary>{viewKey.label}</summary>
      {group}
    </details>
  );
}

/**
 * The focus, when there is one: a removable chip per focused state, which of their deliveries
 * to keep (as supplier, as recipient, either), and a way out. States are focused from their
 * Details or from search.
 */
function FocusFilter({ viewKey }: { viewKey: SetKey }) {
  const data = useAppStore((s) => s.data);
  const filters = useAppStore((s) => s.view.filters);
  const changeFilters = useAppStore((s) => s.changeFilters);
  const setFilters = useAppStore((s) => s.setFilters);
  const select = useAppStore((s) => s.select);
  const focus = filters.focus;
  if (!data || focus === null) return null;
  const names = countryNames(data, focus);
  const who = focus.length === 1 ? names[0]! : 'The focused states';
  return (
    <fieldset className="focus-filter">
      <legend>{viewKey.label}</legend>
      {focus.length === 0 ? (
        <p className="hint">No state is focused: nothing is drawn.</p>
      ) : (
        <ul className="chips">
          {focus.map((id, i) => (
            <li key={id} className="chip">
              <button
                type="button"
                className="chip-name"
                onClick={() => select({ kind: 'country', id })}
              >
                {names[i]}
              </button>
              <button
                type="button"
                className="chip-remove"
                aria-label={`Remove ${names[i]} from the focus`}
                onClick={() => changeFilters((f) => removeFromFocus(f, id))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      {filters.ties.transfers && (
        <SegmentedControl<Direction>
          legend={`${who} as`}
          name="focus-direction"
          value={filters.direction}
          options={FOCUS_DIRECTIONS.map((value) => ({
            value,
            label: FOCUS_DIRECTION_LABELS[value],
          }))}
          onChange={(value) => setFilters({ direction: value })}
        />
      )}
      <p className="hint">
        Only {focus.length === 1 ? 'this state' : 'these states'}, their partners and the ties
        between them.{' '}
        <button type="button" className="link-button" onClick={() => changeFilters(clearFocus)}>
          Clear focus
        </button>
      </p>
    </fieldset>
  );
}

function EnumControl({ viewKey }: { viewKey: EnumKey }) {
  const data = useAppStore((s) => s.data);
  const label = useAppStore((s) => viewKey.labelIn?.(s.view) ?? viewKey.label);
  const [value, set] = useKeyValue<string>(viewKey);
  const options = enumOptions(viewKey, data);
  return viewKey.control === 'segmented' ? (
    <SegmentedControl<string>
      legend={label}
      name={viewKey.key}
      value={value}
      options={options}
      onChange={set}
    />
  ) : (
    <Select<string> id={viewKey.key} label={label} value={value} options={options} onChange={set} />
  );
}

function FlagControl({ viewKey }: { viewKey: FlagKey }) {
  const [value, set] = useKeyValue<boolean>(viewKey);
  return (
    <label className="toggle">
      <input type="checkbox" checked={value} onChange={() => set(!value)} />
      {viewKey.label}
    </label>
  );
}

/** A whole number or one of a few words (e.g. how many arms flows are drawn). */
function LimitControl({ viewKey }: { viewKey: LimitKey }) {
  const [value, set] = useKeyValue<string | number>(viewKey);
  return (
    <Select<string>
      id={viewKey.key}
      label={viewKey.label}
      value={String(value)}
      options={limitOptions(viewKey, value)}
      onChange={(v) => set(parseLimit(viewKey, v) ?? value)}
    />
  );
}

function KeyControl({ viewKey }: { viewKey: ViewKey }) {
  const relevant = useAppStore((s) => viewKey.relevant?.(s.view) ?? true);
  if (!relevant) return null;
  switch (viewKey.kind) {
    case 'years':
      return <YearControls />;
    case 'ties':
      return <TiesControl viewKey={viewKey} />;
    case 'set':
      return viewKey.control === 'chips' ? (
        <FocusFilter viewKey={viewKey} />
      ) : (
        <SetControl viewKey={viewKey} />
      );
    case 'enum':
      return <EnumControl viewKey={viewKey} />;
    case 'flag':
      return <FlagControl viewKey={viewKey} />;
    case 'limit':
      return <LimitControl viewKey={viewKey} />;
    default:
      return null;
  }
}

const FILTER_KEYS = VIEW_KEY_LIST.filter((k) => k.panel === 'filters');

export function FiltersPanel() {
  return (
    <div className="filters">
      {FILTER_KEYS.map((k) => (
        <KeyControl key={k.keys[0]} viewKey={k} />
      ))}
    </div>
  );
}
