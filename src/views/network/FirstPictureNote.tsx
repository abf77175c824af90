/**
 * The honest line under the first picture (model/firstPicture.ts): what it leaves out for
 * legibility, and one click to see everything (every agreement type and every flow; the period,
 * selection and camera stay). Shown only while the view is exactly the first picture; otherwise
 * the note it stands in for (how many flows are drawn).
 */
import type { ReactNode } from 'react';
import { firstPictureOf } from '../../model/datasetFigures';
import { DEFAULT_AGREEMENT_TYPES } from '../../model/filters';
import { AGREEMENT_TYPE_LABELS, DEFENCE_OBLIGATION_TYPES } from '../../model/types';
import { useGraphSpec } from '../../state/hooks';
import { useAppStore } from '../../state/store';
import { serialiseViewState } from '../../url';

const format = new Intl.NumberFormat('en-GB').format;

/** Whether the filters and display are the first picture's (selection, camera, panels aside). */
export function useIsFirstPicture(): boolean {
  const data = useAppStore((s) => s.data);
  const view = useAppStore((s) => s.view);
  // Once per dataset (the start-up and the dataset worker compute the same one).
  const first = data ? firstPictureOf(data) : null;
  if (!data || !first) return false;
  const picture = { ...view, selection: null, camera: null, panels: first.panels };
  return serialiseViewState(picture, data) === serialiseViewState(first, data);
}

/** The note while the view is the first picture, else `otherwise`. */
export function FirstPictureNote({ otherwise }: { otherwise: ReactNode }) {
  const first = useIsFirstPicture();
  const flows = useGraphSpec()?.flows;
  const commit = useAppStore((s) => s.commit);
  const leftOutTypes = DEFAULT_AGREEMENT_TYPES.filter(
    (t) => !DEFENCE_OBLIGATION_TYPES.includes(t),
  ).map((t) => AGREEMENT_TYPE_LABELS[t].toLowerCase());
  // One step, so Back returns to the first picture.
  const showEverything = () => {
    const { view } = useAppStore.getState();
    commit({
      ...view,
      filters: { ...view.filters, agreementTypes: [...DEFAULT_AGREEMENT_TYPES] },
      display: { ...view.display, flows: 'auto' },
    });
  };
  if (!first) return otherwise;
  const weaker = flows && flows.drawn < flows.total ? flows.total - flows.drawn : 0;
  return (
    <p className="flow-note first-picture-note" role="status">
      For legibility: alliances with a defence obligation
      {flows
        ? ` and the ${format(flows.drawn)} strongest of ${format(flows.total)} arms flows`
        : ''}
      . Left out: {leftOutTypes.join(', ')} agreements
      {weaker > 0
        ? `, ${format(weaker)} weaker flows (still counted in sizes and rankings)`
        : ''}.{' '}
      <button type="button" className="link-button" onClick={showEverything}>
        Show every tie
      </button>
    </p>
  );
}
