/**
 * Build a presentation: save the current view as a step, title and caption it, reorder, remove,
 * start. The steps live in the link (`talk=`), so one link carries the whole talk.
 */
import { useState } from 'react';
import { useAppStore } from '../../state/store';
import type { TalkStep } from '../../url';
import { currentViewAsStep, goToStep } from './steps';

export function TalkEditor() {
  const talk = useAppStore((s) => s.extras.talk);
  const setExtras = useAppStore((s) => s.setExtras);
  const [title, setTitle] = useState('');
  const update = (steps: TalkStep[]) => setExtras({ talk: steps, present: null });
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
            {talk.map((step, i) => (
              <li key={`${i}-${step.query}`}>
                <input
                  aria-label={`Title of step ${i + 1}`}
                  value={step.title}
                  maxLength={200}
                  onChange={(e) =>
                    update(talk.map((s, j) => (j === i ? { ...s, title: e.target.value } : s)))
                  }
                />
                <textarea
                  aria-label={`Caption of step ${i + 1}`}
                  value={step.caption ?? ''}
                  maxLength={1000}
                  rows={2}
                  placeholder="Caption (optional)"
                  onChange={(e) =>
                    update(
                      talk.map((s, j) =>
                        j === i ? { ...s, caption: e.target.value || undefined } : s,
                      ),
                    )
                  }
                />
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
            ))}
          </ol>
        )}
        {talk.length > 0 && (
          <button type="button" className="primary" onClick={() => goToStep(0)}>
            Start presentation
          </button>
        )}
      </div>
    </details>
  );
}
