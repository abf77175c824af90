/** The Filters panel: period, kinds of ties, regions, agreement types, weapons, and display. */
import { MULTILATERAL_DISPLAYS, type MultilateralDisplay } from '../../model/aggregate';
import { AGREEMENT_TYPE_COLORS, REGION_COLORS } from '../../model/appearance';
import { toggleInSelection, type TieKind, type WeightMeasure } from '../../model/filters';
import type { ColorScheme, SizeMeasure } from '../../model/graph';
import {
  AGREEMENT_TYPES,
  AGREEMENT_TYPE_LABELS,
  REGIONS,
  WEAPON_CATEGORIES,
  WEAPON_CATEGORY_LABELS,
  type Region,
} from '../../model/types';
import type { LayoutName } from '../../model/viewState';
import { useAppStore } from '../../state/store';
import { CheckboxGroup } from '../../ui/CheckboxGroup';
import { SegmentedControl } from '../../ui/SegmentedControl';
import { Select } from '../../ui/Select';
import { YearControls } from './YearControls';

const TIE_LABELS: Record<TieKind, string> = {
  bilateral: 'Bilateral agreements',
  multilateral: 'Multilateral agreements',
  transfers: 'Arms transfers',
};
const MULTILATERAL_LABELS: Record<MultilateralDisplay, string> = {
  hub: 'Hub node per agreement',
  hull: 'Hull around members',
  clique: 'Pairwise ties',
};
const STATE_REGIONS = REGIONS.filter((r): r is Exclude<Region, 'Other'> => r !== 'Other');

export function FiltersPanel() {
  const filters = useAppStore((s) => s.view.filters);
  const display = useAppStore((s) => s.view.display);
  const hasValues = useAppStore((s) => s.data?.hasValues ?? false);
  const setFilters = useAppStore((s) => s.setFilters);
  const setDisplay = useAppStore((s) => s.setDisplay);

  const weightOptions: { value: WeightMeasure; label: string }[] = [
    ...(hasValues ? [{ value: 'value' as const, label: 'Value (SIPRI TIV)' }] : []),
    { value: 'units', label: 'Units delivered' },
    { value: 'deals', label: 'Number of deals' },
  ];

  return (
    <div className="filters">
      <YearControls />

      <fieldset className="checkbox-group">
        <legend>Ties</legend>
        {(Object.keys(TIE_LABELS) as TieKind[]).map((kind) => (
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

      <CheckboxGroup
        legend="Regions (ties touching them)"
        options={STATE_REGIONS.map((r) => ({ value: r, label: r, swatch: REGION_COLORS[r] }))}
        selected={filters.regions as Region[] | null}
        onToggle={(r) =>
          setFilters({ regions: toggleInSelection(filters.regions, STATE_REGIONS, r) })
        }
        onAll={() => setFilters({ regions: null })}
      />

      <details>
        <summary>Agreement types</summary>
        <CheckboxGroup
          legend="Agreement types"
          options={AGREEMENT_TYPES.map((t) => ({
            value: t,
            label: AGREEMENT_TYPE_LABELS[t],
            swatch: AGREEMENT_TYPE_COLORS[t],
          }))}
          selected={filters.agreementTypes}
          onToggle={(t) =>
            setFilters({
              agreementTypes: toggleInSelection(filters.agreementTypes, AGREEMENT_TYPES, t),
            })
          }
          onAll={() => setFilters({ agreementTypes: null })}
        />
      </details>

      <details>
        <summary>Weapon categories</summary>
        <CheckboxGroup
          legend="Weapon categories"
          options={WEAPON_CATEGORIES.map((c) => ({ value: c, label: WEAPON_CATEGORY_LABELS[c] }))}
          selected={filters.categories}
          onToggle={(c) =>
            setFilters({ categories: toggleInSelection(filters.categories, WEAPON_CATEGORIES, c) })
          }
          onAll={() => setFilters({ categories: null })}
        />
      </details>

      <SegmentedControl<LayoutName>
        legend="Layout"
        name="layout"
        value={display.layout}
        options={[
          { value: 'force', label: 'Force' },
          { value: 'geo', label: 'Map' },
        ]}
        onChange={(layout) => setDisplay({ layout })}
      />
      <Select<MultilateralDisplay>
        id="multilateral"
        label="Multilateral agreements as"
        value={display.multilateral}
        options={MULTILATERAL_DISPLAYS.map((m) => ({ value: m, label: MULTILATERAL_LABELS[m] }))}
        onChange={(multilateral) => setDisplay({ multilateral })}
      />
      <Select<WeightMeasure>
        id="weight"
        label="Arrow width by"
        value={display.weight}
        options={weightOptions}
        onChange={(weight) => setDisplay({ weight })}
      />
      <Select<SizeMeasure>
        id="size"
        label="Node size by"
        value={display.size}
        options={[
          { value: 'volume', label: 'Arms in + out (weighted degree)' },
          { value: 'degree', label: 'Number of partners' },
          { value: 'imports', label: 'Imports' },
          { value: 'exports', label: 'Exports' },
        ]}
        onChange={(size) => setDisplay({ size })}
      />
      <Select<ColorScheme>
        id="color"
        label="Colour states by"
        value={display.color}
        options={[
          { value: 'region', label: 'Region' },
          { value: 'bloc', label: 'Detected bloc (Louvain)' },
        ]}
        onChange={(color) => setDisplay({ color })}
      />
      <label className="toggle">
        <input
          type="checkbox"
          checked={display.showIsolated}
          onChange={() => setDisplay({ showIsolated: !display.showIsolated })}
        />
        Show states without ties in the period
      </label>
    </div>
  );
}
