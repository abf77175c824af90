/** A state's name as a button that selects it (Details opens on it). */
import type { ModelData } from '../../model/dataset';
import { useAppStore } from '../../state/store';

export function StateButton({ data, country }: { data: ModelData; country: number }) {
  const c = data.countries[country]!;
  return (
    <button
      type="button"
      className="link-button"
      onClick={() => useAppStore.getState().select({ kind: 'country', id: c.id })}
    >
      {c.name}
    </button>
  );
}
