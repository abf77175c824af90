/**
 * What the reader must know about the link's data: the question before loading a file from another
 * site, the file being loaded, loaded (and not kept unless asked), or failed (and where), and a
 * kept dataset the link names that this browser does not have. File names and addresses are shown
 * as text, never as HTML.
 */
import { useEffect, useId, useRef } from 'react';
import { useAppStore } from '../../state/store';
import { acceptSource, declineSource, keepSource } from './openSource';
import { formatSourceError, useSourceStore, type SourceStatus } from './sourceStore';
import './source.css';

export function SourceNotices() {
  const status = useSourceStore((s) => s.status);
  const missing = useSourceStore((s) => s.missing);
  return (
    <>
      {status.kind === 'asking' && <ConsentDialog status={status} />}
      <SourceStatusNotice status={status} />
      {missing && <MissingDatasetNotice id={missing.id} name={missing.name} />}
    </>
  );
}

function ConsentDialog({ status }: { status: Extract<SourceStatus, { kind: 'asking' }> }) {
  const ref = useRef<HTMLDialogElement>(null);
  const declineRef = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    // The safe answer has the focus: Enter never loads from another site by accident.
    declineRef.current?.focus();
  }, []);
  const { plan } = status;
  return (
    <dialog
      ref={ref}
      className="source-dialog"
      aria-labelledby={titleId}
      onCancel={(event) => {
        // Escape declines: nothing is requested.
        event.preventDefault();
        declineSource();
      }}
    >
      <h2 id={titleId}>Load a dataset from another site?</h2>
      <p>
        This link asks to show the dataset file <strong>{plan.fileName}</strong> from{' '}
        <strong className="source-origin">{plan.origin}</strong>.
      </p>
      <p className="hint">
        Loading it sends a request to that site, which then learns your address and that this link
        was opened. Nothing else is sent, and the file is not kept unless you keep it.
      </p>
      <p className="hint source-url">{plan.url}</p>
      <div className="dialog-buttons">
        <button type="button" onClick={() => void acceptSource()}>
          Load the dataset
        </button>
        <button type="button" onClick={declineSource} ref={declineRef}>
          Don&apos;t load it
        </button>
      </div>
    </dialog>
  );
}

function SourceStatusNotice({ status }: { status: SourceStatus }) {
  const source = useAppStore((s) => s.extras.source);
  const setStatus = useSourceStore((s) => s.setStatus);
  const dismiss = () => setStatus({ kind: 'none' });
  switch (status.kind) {
    case 'none':
    case 'asking':
      return null;
    case 'loading':
      return (
        <p className="notice source-notice" role="status">
          Loading {status.plan.fileName}
          {status.plan.kind === 'cross-origin' ? ` from ${status.plan.origin}` : ''}…{' '}
          {Math.round(status.fraction * 100)} %
        </p>
      );
    case 'failed':
      return (
        <div className="notice source-notice failed" role="alert">
          <div>
            <p>
              The dataset file of this link could not be loaded, so the{' '}
              {status.shownName === 'default' ? 'default dataset' : `dataset ${status.shownName}`}{' '}
              is shown instead.
            </p>
            <p className="source-error">{formatSourceError(status.error)}</p>
          </div>
          <button type="button" onClick={dismiss}>
            Dismiss
          </button>
        </div>
      );
    case 'loaded':
      // Hidden once another dataset replaced the file (an import, the Data menu).
      if (source === null) return null;
      return (
        <div className="notice source-notice" role="status">
          <div>
            <p>
              Showing <strong>{status.plan.fileName}</strong> from{' '}
              {status.plan.kind === 'cross-origin' ? status.plan.origin : 'this site'}
              {status.keep === 'kept'
                ? ': kept in this browser (see the Data menu).'
                : status.keep === 'failed'
                  ? ': it could not be kept in this browser (no storage here).'
                  : ', as the link asks. It is not kept in this browser.'}
            </p>
            {status.warnings.length > 0 && (
              <details>
                <summary>
                  {status.warnings.length} problem{status.warnings.length === 1 ? '' : 's'} in the
                  file (records left out or kept with a warning)
                </summary>
                <ul>
                  {status.warnings.slice(0, 20).map((w, i) => (
                    <li key={i}>{w}</li>
                  ))}
                </ul>
              </details>
            )}
          </div>
          {(status.keep === 'no' || status.keep === 'keeping') && (
            <button
              type="button"
              disabled={status.keep === 'keeping'}
              onClick={() => void keepSource()}
            >
              Keep in this browser
            </button>
          )}
          <button type="button" onClick={dismiss}>
            Dismiss
          </button>
        </div>
      );
  }
}

function MissingDatasetNotice({ id, name }: { id: string; name: string | null }) {
  const setMissing = useSourceStore((s) => s.setMissing);
  return (
    <div className="notice source-notice failed" role="alert">
      <div>
        <p>
          This link shows the dataset <strong>{name ?? id}</strong>
          {name ? ` (${id})` : ''}, which is not in this browser: the default dataset is shown
          instead, so the numbers are not the ones the link was made with.
        </p>
        <p>
          To see them, ask the author for the file (Export, Entente JSON) and open it with Import
          data, or use a <code>src=</code> link to a copy of the file on the web.
        </p>
      </div>
      <button type="button" onClick={() => setMissing(null)}>
        Dismiss
      </button>
    </div>
  );
}
