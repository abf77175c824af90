/**
 * The Filters panel: period, kinds of ties, regions (and which deliveries they keep), agreement
 * types, weapons, and display. Option lists and labels come from the registry of view keys.
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
import type { Region } from '../../model/types';
import {
  FOCUS_DIRECTIONS,
  FOCUS_DIRECTION_LABELS,
  TIE_LABELS,
  VIEW_KEYS,
  enumOptions,
  limitOptions,
  parseLimit,
  type EnumKey,
  type SetKey,
} from '../../model/viewKeys';
import type { DisplayState, ViewState } from '../../model/viewState';
import type { FlowLimit } from '../../model/flowLimit';
import { useAppStore } from '../../state/store';
import { CheckboxGroup } from '../../ui/CheckboxGroup';
import { SegmentedControl } from '../../ui/SegmentedControl';
import { Select } from '../../ui/Select';
import { YearControls } from './YearControls';
import './pair.css';

type FilterSetName = 'regions' | 'agreementTypes' | 'categories';

const SWATCHES: Partial<Record<FilterSetName, (value: string) => string | undefined>> = {
  regions: (r) => REGION_COLORS[r as Region],
  agreementTypes: (t) => AGREEMENT_TYPE_COLORS[t as keyof typeof AGREEMENT_TYPE_COLORS],
};

/**
 * A "null means all" filter as checkboxes, from its registry entry; `only` adds a shortcut beside
 * each option that keeps it alone.
 */
function SetFilter({
  name,
  legend,
  only = false,
}: {
  name: FilterSetName;
  legend?: string;
  only?: boolean;
}) {
  const key = VIEW_KEYS[name] as SetKey;
  const data = useAppStore((s) => s.data);
  const selected = useAppStore((s) => s.view.filters[name]) as string[] | null;
  const setFilters = useAppStore((s) => s.setFilters);
  const changeFilters = useAppStore((s) => s.changeFilters);
  const options = data ? key.options(data) : [];
  const all = options.map((o) => o.value);
  return (
    <CheckboxGroup
      legend={legend ?? key.label}
      options={options.map((o) => ({ ...o, swatch: SWATCHES[name]?.(o.value) }))}
      selected={selected}
      onToggle={(value) => setFilters({ [name]: toggleInSelection(selected, all, value) })}
      onAll={() => setFilters({ [name]: null })}
      onOnly={
        only
          ? (value) =>
              changeFilters((f) =>
                keepOnly(f, name, value as NonNullable<FilterState[typeof name]>[number]),
              )
          : undefined
      }
    />
  );
}

/**
 * The focus, when there is one: a removable chip per focused state, which of their deliveries
 * to keep (as supplier, as recipient, either), and a way out. States are focused from their
 * Details or from search.
 */
function FocusFilter() {
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
      <legend>{VIEW_KEYS.focus.label}</legend>
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

type DisplayEnumName = 'multilateral' | 'weight' | 'size' | 'color';

/** A display option as a select, from its registry entry. */
function DisplaySelect({ name }: { name: DisplayEnumName }) {
  const key = VIEW_KEYS[name] as EnumKey;
  const data = useAppStore((s) => s.data);
  const value = useAppStore((s) => s.view.display[name]);
  const setDisplay = useAppStore((s) => s.setDisplay);
  return (
    <Select<string>
      id={name}
      label={key.label}
      value={value}
      options={enumOptions(key, data)}
      onChange={(v) => setDisplay({ [name]: v } as Partial<DisplayState>)}
    />
  );
}

/** How many arms flows the network draws (see model/flowLimit.ts), from its registry entry. */
function FlowLimitSelect() {
  const key = VIEW_KEYS.flows;
  const value = useAppStore((s) => s.view.display.flows);
  const setDisplay = useAppStore((s) => s.setDisplay);
  return (
    <Select<string>
      id="flows"
      label={key.label}
      value={String(value)}
      options={limitOptions(key, value)}
      onChange={(v) => setDisplay({ flows: (parseLimit(key, v) ?? 'auto') as FlowLimit })}
    />
  );
}

export function FiltersPanel() {
  const filters = useAppStore((s) => s.view.filters);
  const display = useAppStore((s) => s.view.display);
  const setFilters = useAppStore((s) => s.setFilters);
  const setDisplay = useAppStore((s) => s.setDisplay);
  const direction = VIEW_KEYS.direction;
  const layout = VIEW_KEYS.layout;

  return (
    <div className="filters">
      <YearControls />

      <fieldset className="checkbox-group">
        <legend>{VIEW_KEYS.ties.label}</legend>
        {TIE_KINDS.map((kind) => (
          <label key={kind}>
            <input
              type="checkbox"
              checked={filters.ties[kind]}
              onChange={() =>
                setFilters({ ties: { ...filters.ties, [kind]: !filters.ties[kind] } })
              }
            />
            {TIE_LABELS[kind]}
          </label>
        ))}
      </fieldset>

      <FocusFilter />

      <SetFilter
        name="regions"
        legend={
          filters.focus === null ? 'Regions (ties touching them)' : 'Regions (partners in them)'
        }
        only
      />
      {filters.focus === null && filters.regions !== null && filters.ties.transfers && (
        <SegmentedControl<ViewState['filters']['direction']>
          legend={`${direction.label} by the regions`}
          name="direction"
          value={filters.direction}
          options={enumOptions(direction, null)}
          onChange={(value) => setFilters({ direction: value })}
        />
      )}

      <details>
        <summary>{VIEW_KEYS.agreementTypes.label}</summary>
        <SetFilter name="agreementTypes" />
      </details>

      <details>
        <summary>{VIEW_KEYS.categories.label}</summary>
        <SetFilter name="categories" />
      </details>

      <SegmentedControl<ViewState['display']['layout']>
        legend={layout.label}
        name="layout"
        value={display.layout}
        options={enumOptions(layout, null)}
        onChange={(value) => setDisplay({ layout: value })}
      />
      <DisplaySelect name="multilateral" />
      <DisplaySelect name="weight" />
      <FlowLimitSelect />
      <DisplaySelect name="size" />
      <DisplaySelect name="color" />
      <label className="toggle">
        <input
          type="checkbox"
          checked={display.showIsolated}
          onChange={() => setDisplay({ showIsolated: !display.showIsolated })}
        />
        {VIEW_KEYS.showIsolated.label}
      </label>
    </div>
  );
}
