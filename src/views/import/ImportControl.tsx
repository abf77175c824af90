/**
 * "Import data": choose or drop SIPRI, ATOP or Entente files; they are parsed in a web worker with
 * a progress bar; the report says what was matched and what was not; a file that fails leaves the
 * current dataset untouched and says where (file, line, column).
 */
import { useEffect, useRef, useState } from 'react';
import type { CombineMode } from '../../model/combine';
import { newDatasetId } from '../../data/storage';
import { DEFAULT_DATASET } from '../../url';
import { useAppStore } from '../../state/store';
import { switchToDataset } from './applyImport';
import { ImportReportView } from './ImportReportView';
import { runImport, type RunOutcome } from './runImport';
import './import.css';

type Phase =
  | { step: 'idle' }
  | { step: 'choose'; files: File[] }
  | { step: 'running'; files: File[]; progress: number }
  | { step: 'done'; outcome: RunOutcome; files: File[] };

export function ImportControl() {
  const [phase, setPhase] = useState<Phase>({ step: 'idle' });
  const [mode, setMode] = useState<CombineMode>('replace');
  const [dragging, setDragging] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);
  const dialogRef = useRef<HTMLDivElement>(null);

  // Drag and drop anywhere on the page.
  useEffect(() => {
    const onDragOver = (event: DragEvent) => {
      if (!event.dataTransfer?.types.includes('Files')) return;
      event.preventDefault();
      setDragging(true);
    };
    const onDragLeave = (event: DragEvent) => {
      if (event.relatedTarget === null) setDragging(false);
    };
    const onDrop = (event: DragEvent) => {
      if (!event.dataTransfer?.files.length) return;
      event.preventDefault();
      setDragging(false);
      setPhase({ step: 'choose', files: [...event.dataTransfer.files] });
    };
    window.addEventListener('dragover', onDragOver);
    window.addEventListener('dragleave', onDragLeave);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragover', onDragOver);
      window.removeEventListener('dragleave', onDragLeave);
      window.removeEventListener('drop', onDrop);
    };
  }, []);

  useEffect(() => {
    if (phase.step !== 'idle') dialogRef.current?.focus();
  }, [phase.step]);

  const start = async (files: File[]) => {
    const current = useAppStore.getState().data;
    if (!current) return;
    setPhase({ step: 'running', files, progress: 0 });
    const bytes = await Promise.all(
      files.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })),
    );
    const name = files.map((f) => f.name).join(' + ');
    const id = newDatasetId();
    const description = `${files.map((f) => f.name).join(', ')}; ${mode === 'replace' ? 'replacing' : 'added to'} ${current.name === 'default' ? 'the default dataset' : current.name}`;
    const outcome = await runImport(
      { files: bytes, current: current.dataset, mode, name, keepAs: { id, description } },
      (progress) => setPhase({ step: 'running', files, progress }),
    );
    setPhase({ step: 'done', outcome, files });
    if (outcome.ok) {
      const notices = outcome.kept
        ? outcome.notes
        : [
            ...outcome.notes,
            'This browser would not keep the imported dataset (no IndexedDB): it lasts until you reload.',
          ];
      switchToDataset(outcome.data, outcome.problems, outcome.kept ? id : DEFAULT_DATASET, notices);
    }
  };

  const close = () => {
    setPhase({ step: 'idle' });
    if (inputRef.current) inputRef.current.value = '';
  };

  return (
    <>
      <label className="button-like import-button">
        Import data
        <input
          ref={inputRef}
          type="file"
          multiple
          accept=".csv,.json,.txt,text/csv,application/json"
          className="visually-hidden-input"
          onChange={(e) => {
            const files = [...(e.target.files ?? [])];
            if (files.length > 0) setPhase({ step: 'choose', files });
          }}
        />
      </label>
      {dragging && (
        <div className="drop-overlay" aria-hidden="true">
          Drop SIPRI, ATOP or Entente files to import them
        </div>
      )}
      {phase.step !== 'idle' && (
        <div className="dialog-backdrop">
          <div
            ref={dialogRef}
            className="dialog"
            role="dialog"
            aria-modal="true"
            aria-labelledby="import-title"
            tabIndex={-1}
            onKeyDown={(e) => {
              if (e.key === 'Escape' && phase.step !== 'running') {
                e.stopPropagation();
                close();
              }
            }}
          >
            <h2 id="import-title">Import data</h2>
            <p className="meta">
              {phase.files.map((f) => `${f.name} (${Math.round(f.size / 1024)} kB)`).join(', ')}
            </p>
            {phase.step === 'choose' && (
              <>
                <p>
                  Supported: SIPRI's trade register and its per-delivery-year export (several files
                  of one export are merged), ATOP's member-level CSV, and Entente JSON.
                </p>
                <fieldset>
                  <legend>What to do with the current data</legend>
                  <label>
                    <input
                      type="radio"
                      name="import-mode"
                      checked={mode === 'replace'}
                      onChange={() => setMode('replace')}
                    />{' '}
                    Replace it (keep only its countries and embargoes)
                  </label>
                  <label>
                    <input
                      type="radio"
                      name="import-mode"
                      checked={mode === 'add'}
                      onChange={() => setMode('add')}
                    />{' '}
                    Add to it (a deal in both is then counted twice)
                  </label>
                </fieldset>
                <div className="dialog-buttons">
                  <button type="button" className="primary" onClick={() => void start(phase.files)}>
                    Import
                  </button>
                  <button type="button" onClick={close}>
                    Cancel
                  </button>
                </div>
              </>
            )}
            {phase.step === 'running' && (
              <>
                <label htmlFor="import-progress">Reading and checking…</label>
                <progress id="import-progress" max={1} value={phase.progress}>
                  {Math.round(phase.progress * 100)}%
                </progress>
              </>
            )}
            {phase.step === 'done' &&
              (phase.outcome.ok ? (
                <>
                  <p role="status">
                    Imported {phase.outcome.data.transfers.length.toLocaleString('en')} deals and{' '}
                    {phase.outcome.data.agreements.length.toLocaleString('en')} agreements. The
                    dataset is kept in this browser and named in the link.
                  </p>
                  <ImportReportView outcome={phase.outcome} />
                </>
              ) : (
                <div role="alert" className="import-error">
                  <p>
                    <strong>
                      {phase.outcome.error.file}, line {phase.outcome.error.line}
                      {phase.outcome.error.column !== undefined
                        ? `, column ${phase.outcome.error.column}`
                        : ''}
                      {phase.outcome.error.field ? ` (field "${phase.outcome.error.field}")` : ''}:
                    </strong>{' '}
                    {phase.outcome.error.message}
                  </p>
                  <p>Nothing was imported; the current dataset is unchanged.</p>
                </div>
              ))}
            {phase.step === 'done' && (
              <div className="dialog-buttons">
                <button type="button" className="primary" onClick={close}>
                  Close
                </button>
              </div>
            )}
          </div>
        </div>
      )}
    </>
  );
}
