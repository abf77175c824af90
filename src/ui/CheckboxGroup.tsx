/** A fieldset of checkboxes for a "null means all" selection. Generic: no domain, no store. */
export interface Option<T extends string> {
  value: T;
  label: string;
  /** Optional colour swatch shown before the label. */
  swatch?: string;
}

interface Props<T extends string> {
  legend: string;
  options: readonly Option<T>[];
  /** null means every option is selected. */
  selected: readonly T[] | null;
  onToggle(value: T): void;
  onAll?(): void;
  /** When given, an "only" button beside each option keeps that option alone. */
  onOnly?(value: T): void;
}

export function CheckboxGroup<T extends string>({
  legend,
  options,
  selected,
  onToggle,
  onAll,
  onOnly,
}: Props<T>) {
  return (
    <fieldset className="checkbox-group">
      <legend>{legend}</legend>
      {options.map((o) => {
        const label = (
          <label key={o.value}>
            <input
              type="checkbox"
              checked={selected === null || selected.includes(o.value)}
              onChange={() => onToggle(o.value)}
            />
            {o.swatch && (
              <span className="swatch" style={{ background: o.swatch }} aria-hidden="true" />
            )}
            {o.label}
          </label>
        );
        if (!onOnly) return label;
        const alone = selected?.length === 1 && selected[0] === o.value;
        return (
          <div className="checkbox-row" key={o.value}>
            {label}
            <button
              type="button"
              className="only-button"
              aria-label={`Only ${o.label}`}
              aria-pressed={alone}
              onClick={() => onOnly(o.value)}
            >
              only
            </button>
          </div>
        );
      })}
      {onAll && selected !== null && (
        <button type="button" className="link-button" onClick={onAll}>
          Select all
        </button>
      )}
    </fieldset>
  );
}
