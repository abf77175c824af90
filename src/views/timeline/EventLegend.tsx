/**
 * The events lane's legend, which is also its filter: one toggle per kind, with the kind's shape
 * and colour, pressed while the kind is shown (URL key `events`, the same filter as everywhere);
 * and the network's halos round exhibition hosts (`halos`).
 */
import { toggleInSelection } from '../../model/filters';
import { EVENT_KINDS, EVENT_KIND_LABELS, type EventKind } from '../../model/types';
import { useAppStore } from '../../state/store';
import { markerPath } from './eventLanes';
import './eventLanes.css';

export function EventLegend({ colors }: { colors: Readonly<Record<EventKind, string>> }) {
  const kinds = useAppStore((s) => s.view.filters.eventKinds);
  const setFilters = useAppStore((s) => s.setFilters);
  const halos = useAppStore((s) => s.view.display.halos);
  const setDisplay = useAppStore((s) => s.setDisplay);
  const shown = (k: EventKind) => kinds === null || kinds.includes(k);
  return (
    <div className="tl-event-legend" role="group" aria-label="Events shown on the timeline">
      <span className="tl-event-legend-title">Events:</span>
      {EVENT_KINDS.map((kind) => (
        <button
          key={kind}
          type="button"
          className="tl-event-kind"
          aria-pressed={shown(kind)}
          data-kind={kind}
          onClick={() => setFilters({ eventKinds: toggleInSelection(kinds, EVENT_KINDS, kind) })}
        >
          <svg width="11" height="11" viewBox="-5.5 -5.5 11 11" aria-hidden="true">
            <path d={markerPath(kind, 9)} fill={colors[kind]} />
          </svg>
          {EVENT_KIND_LABELS[kind]}
        </button>
      ))}
      <button
        type="button"
        className="tl-event-kind tl-halos"
        aria-pressed={halos}
        disabled={!shown('exhibition')}
        title="Ring the states that hosted exhibitions in the period, on the network"
        onClick={() => setDisplay({ halos: !halos })}
      >
        Exhibition hosts on the network
      </button>
    </div>
  );
}
