/** The legend: explains every colour, width and shape drawn on the canvas right now. */
import {
  AGREEMENT_TYPE_COLORS,
  BLOC_COLORS,
  EDGE_WIDTH,
  REGION_COLORS,
  TRANSFER_COLOR,
} from '../../model/appearance';
import { AGREEMENT_TYPES, AGREEMENT_TYPE_LABELS, REGIONS } from '../../model/types';
import { useAppStore } from '../../state/store';

const WEIGHT_WORDS = {
  value: 'value delivered (SIPRI TIV)',
  units: 'units delivered',
  deals: 'number of deals',
};
const SIZE_WORDS = {
  volume: 'arms delivered and received',
  degree: 'number of partners',
  imports: 'arms received',
  exports: 'arms delivered',
};

export function Legend() {
  const display = useAppStore((s) => s.view.display);
  const filters = useAppStore((s) => s.view.filters);
  const types = filters.agreementTypes ?? AGREEMENT_TYPES;
  return (
    <div className="legend">
      <h3>States</h3>
      {display.color === 'region' ? (
        <ul>
          {REGIONS.filter((r) => r !== 'Other').map((r) => (
            <li key={r}>
              <span className="dot" style={{ background: REGION_COLORS[r] }} aria-hidden="true" />{' '}
              {r}
            </li>
          ))}
        </ul>
      ) : (
        <p>
          <span className="dots" aria-hidden="true">
            {BLOC_COLORS.slice(0, 5).map((c) => (
              <span key={c} className="dot" style={{ background: c }} />
            ))}
          </span>{' '}
          Blocs found in the drawn ties (Louvain communities), largest first; grey: no bloc.
        </p>
      )}
      <p>Node size: {SIZE_WORDS[display.size]} in the period.</p>
      {filters.ties.transfers && (
        <>
          <h3>Arms transfers</h3>
          <p>
            <svg width="46" height="14" aria-hidden="true">
              <path d="M2 7 H 34" stroke={TRANSFER_COLOR} strokeWidth="2" fill="none" />
              <path d="M42 7 l-9 -4 v8 z" fill={TRANSFER_COLOR} />
            </svg>{' '}
            Arrow from supplier to recipient (both ways: two arrows bending apart), width by{' '}
            {WEIGHT_WORDS[display.weight]} ({EDGE_WIDTH.min}–{EDGE_WIDTH.max} px, square-root
            scale).
          </p>
        </>
      )}
      {(filters.ties.bilateral || filters.ties.multilateral) && (
        <>
          <h3>Agreements</h3>
          <ul>
            {types.map((t) => (
              <li key={t}>
                <span
                  className="line"
                  style={{ background: AGREEMENT_TYPE_COLORS[t] }}
                  aria-hidden="true"
                />{' '}
                {AGREEMENT_TYPE_LABELS[t]}
              </li>
            ))}
          </ul>
          {filters.ties.multilateral && (
            <p>
              {display.multilateral === 'hub' && (
                <>
                  A named node in an agreement type&apos;s colour is a multilateral agreement,
                  linked to its members.
                </>
              )}
              {display.multilateral === 'hull' &&
                'A shaded outline surrounds the members of each multilateral agreement.'}
              {display.multilateral === 'clique' &&
                'Members of a multilateral agreement are tied pairwise.'}{' '}
              A thicker tie means several agreements of that type.
            </p>
          )}
        </>
      )}
      {display.layout === 'geo' && (
        <p>Map layout: states at a representative point (Equal Earth projection).</p>
      )}
    </div>
  );
}
