/** "A new version is available": offered, never forced; Reload switches to it. */
import { applyUpdate, useUpdateWaiting } from './serviceWorkerClient';

export function UpdateNotice() {
  const waiting = useUpdateWaiting();
  if (!waiting) return null;
  return (
    <div className="notice update-notice" role="status">
      <p>A new version of Entente is available.</p>
      <button type="button" onClick={applyUpdate}>
        Reload
      </button>
    </div>
  );
}
