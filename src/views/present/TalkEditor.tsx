/**
 * Build a presentation: save the current view as a step, title and caption it, pin the Details
 * card of its selection, reorder, remove, start (full screen where allowed). The steps live in
 * the link (`talk=`), so one link carries the whole talk. A step whose selection is not drawn in
 * its own period (a state that did not exist that year) is flagged with the reason.
 */
import { useState } from 'react';
import type { ModelData } from '../../model/dataset';
import { checkSelection, type SelectionCheck } from '../../model/selectionCheck';
import type { HistoryEntry } from '../../state/channels';
import { createEditHistory } from '../../state/editHistory';
import { useAppStore } from '../../state/store';
import { viewFromQuery, type TalkStep } from '../../url';
import { canFullScreen, enterFullScreen } from './fullScreen';
import { currentViewAsStep, goToStep } from './steps';
import './present.css';

interface StepCheck {
  /** The step's view selects something (a Details card can be pinned). */
  selects: boolean;
  check: SelectionCheck | null;
}

/** Checks per dataset and step query: the editor re-renders on every keystroke of a title. */
const checks = new WeakMap<ModelData, Map<string, StepCheck>>();

function checkStep(data: ModelData, query: string): StepCheck {
  let byQuery = checks.get(data);
  if (!byQuery) checks.set(data, (byQuery = new Map()));
  let result = byQuery.get(query);
  if (!result) {
    const { state } = viewFromQuery(query, data);
    result = { selects: state.selection !== null, check: checkSelection(data, state) };
    byQuery.set(query, result);
  }
  return result;
}

export function TalkEditor() {
  const talk = useAppStore((s) => s.extras.talk);
  const data = useAppStore((s) => s.data);
  const setExtras = useAppStore((s) => s.setExtras);
  const [title, setTitle] = useState('');
  // Typing in a step's title or caption is one history step per field edit.
  const [edits] = useState(createEditHistory);
  const update = (steps: TalkStep[], history: HistoryEntry = 'push') => {
    edits.end();
    setExtras({ talk: steps, present: null }, history);
  };
  const type = (field: string, steps: TalkStep[]) =>
    setExtras({ talk: steps, present: null }, edits.entry(field));
  const move = (i: number, by: number) => {
    const steps = [...talk];
    const [step] = steps.splice(i, 1);
    steps.splice(i + by, 0, step!);
    update(steps);
  };

  return (
    <details className="menu talk-editor">
      <summary>Present{talk.length > 0 ? ` (${talk.length})` : ''}</summary>
      <div className="menu-body">
        <form
          onSubmit={(e) => {
            e.preventDefault();
            const step = currentViewAsStep(title.trim() || `Step ${talk.length + 1}`);
            if (step) update([...talk, step]);
            setTitle('');
          }}
        >
          <label htmlFor="step-title">Title of this view</label>
          <div className="row">
            <input
              id="step-title"
              value={title}
              maxLength={200}
              onChange={(e) => setTitle(e.target.value)}
              placeholder={`Step ${talk.length + 1}`}
            />
            <button type="submit">Save view as step</button>
          </div>
        </form>
        {talk.length === 0 ? (
          <p className="hint">
            Save views as steps, then present them full screen; the link carries the whole talk.
          </p>
        ) : (
          <ol className="steps">
            {talk.map((step, i) => {
              const { selects, check } = data
                ? checkStep(data, step.query)
                : { selects: false, check: null };
              return (
                <li key={`${i}-${step.query}`}>
                  <input
                    aria-label={`Title of step ${i + 1}`}
                    value={step.title}
                    maxLength={200}
                    onChange={(e) =>
                      type(
                        `title-${i}`,
                        talk.map((s, j) => (j === i ? { ...s, title: e.target.value } : s)),
                      )
                    }
                    onBlur={() => edits.end(`title-${i}`)}
                  />
                  <textarea
                    aria-label={`Caption of step ${i + 1}`}
                    value={step.caption ?? ''}
                    maxLength={1000}
                    rows={2}
                    placeholder="Caption (optional)"
                    onChange={(e) =>
                      type(
                        `caption-${i}`,
                        talk.map((s, j) =>
                          j === i ? { ...s, caption: e.target.value || undefined } : s,
                        ),
                      )
                    }
                    onBlur={() => edits.end(`caption-${i}`)}
                  />
                  {check && !check.drawn && (
                    <p className="step-warning" id={`step-${i + 1}-warning`}>
                      Its selection is not drawn: {check.reason}.
                    </p>
                  )}
                  <label className="step-pin">
                    <input
                      type="checkbox"
                      checked={step.details === true}
                      disabled={!selects}
                      onChange={(e) =>
                        update(
                          talk.map((s, j) => {
                            if (j !== i) return s;
                            const { details: _details, ...rest } = s;
                            return e.target.checked ? { ...rest, details: true } : rest;
                          }),
                        )
                      }
                    />
                    {selects
                      ? 'Show the details of its selection'
                      : 'Show details (select a state, agreement or tie first)'}
                  </label>
                  <div className="row">
                    <button
                      type="button"
                      onClick={() => move(i, -1)}
                      disabled={i === 0}
                      aria-label={`Move step ${i + 1} up`}
                    >
                      ↑
                    </button>
                    <button
                      type="button"
                      onClick={() => move(i, 1)}
                      disabled={i === talk.length - 1}
                      aria-label={`Move step ${i + 1} down`}
                    >
                      ↓
                    </button>
                    <button
                      type="button"
                      onClick={() => update(talk.filter((_, j) => j !== i))}
                      aria-label={`Remove step ${i + 1}`}
                    >
                      Remove
                    </button>
                  </div>
                </li>
              );
            })}
          </ol>
        )}
        {talk.length > 0 && (
          <>
            <button
              type="button"
              className="primary"
              onClick={() => {
                // Inside the click: browsers grant full screen to a user gesture only.
                void enterFullScreen();
                goToStep(0);
              }}
            >
              Start presentation
            </button>
            {!canFullScreen() && (
              <p className="hint">
                Full screen is not available here (an embedded page, or this browser): the
                presentation fills the window; the browser&apos;s own full screen (F11) still works.
              </p>
            )}
          </>
        )}
      </div>
    </details>
  );
}
