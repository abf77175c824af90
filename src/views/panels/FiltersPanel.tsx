/**
 * The Filters panel: period, kinds of ties, regions (and which deliveries they keep), agreement
 * types, weapons, and display. Option lists and labels come from the registry of view keys.
 */
import { AGREEMENT_TYPE_COLORS, REGION_COLORS } from '../../model/appearance';
import { TIE_KINDS, toggleInSelection } from '../../model/filters';
import type { Region } from '../../model/types';
import {
  TIE_LABELS,
  VIEW_KEYS,
  enumOptions,
  type EnumKey,
  type SetKey,
} from '../../model/viewKeys';
import type { DisplayState, ViewState } from '../../model/viewState';
import { useAppStore } from '../../state/store';
import { CheckboxGroup } from '../../ui/CheckboxGroup';
import { SegmentedControl } from '../../ui/SegmentedControl';
import { Select } from '../../ui/Select';
import { YearControls } from './YearControls';

type FilterSetName = 'regions' | 'agreementTypes' | 'categories';

const SWATCHES: Partial<Record<FilterSetName, (value: string) => string | undefined>> = {
  regions: (r) => REGION_COLORS[r as Region],
  agreementTypes: (t) => AGREEMENT_TYPE_COLORS[t as keyof typeof AGREEMENT_TYPE_COLORS],
};

/** A "null means all" filter as checkboxes, from its registry entry. */
function SetFilter({ name, legend }: { name: FilterSetName; legend?: string }) {
  const key = VIEW_KEYS[name] as SetKey;
  const data = useAppStore((s) => s.data);
  const selected = useAppStore((s) => s.view.filters[name]) as string[] | null;
  const setFilters = useAppStore((s) => s.setFilters);
  const options = data ? key.options(data) : [];
  const all = options.map((o) => o.value);
  return (
    <CheckboxGroup
      legend={legend ?? key.label}
      options={options.map((o) => ({ ...o, swatch: SWATCHES[name]?.(o.value) }))}
      selected={selected}
      onToggle={(value) => setFilters({ [name]: toggleInSelection(selected, all, value) })}
      onAll={() => setFilters({ [name]: null })}
    />
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

      <SetFilter name="regions" legend="Regions (ties touching them)" />
      {filters.regions !== null && filters.ties.transfers && (
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
