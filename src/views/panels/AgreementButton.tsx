/** An agreement's short name as a button that selects it (Details opens on it). */
import type { Agreement } from '../../model/types';
import { useAppStore } from '../../state/store';

export function AgreementButton({ agreement }: { agreement: Agreement }) {
  return (
    <button
      type="button"
      className="link-button"
      onClick={() => useAppStore.getState().select({ kind: 'agreement', id: agreement.id })}
    >
      {agreement.shortName ?? agreement.name}
    </button>
  );
}
