/** A small notice of what a link or an action asked for but could not have (shown as text). */
import { useAppStore } from '../../state/store';

const MAX_SHOWN = 5;

export function Notices() {
  const notices = useAppStore((s) => s.notices);
  const dismiss = useAppStore((s) => s.dismissNotices);
  if (notices.length === 0) return null;
  return (
    <div className="notice" role="status">
      <ul>
        {notices.slice(0, MAX_SHOWN).map((n, i) => (
          <li key={i}>{n}</li>
        ))}
      </ul>
      {notices.length > MAX_SHOWN && <p>…and {notices.length - MAX_SHOWN} more.</p>}
      <button type="button" onClick={dismiss}>
        Dismiss
      </button>
    </div>
  );
}
