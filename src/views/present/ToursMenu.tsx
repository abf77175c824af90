/** Guided tours for students: curated sequences of views with captions (public/data/tours.json). */
import { useState } from 'react';
import type { Tour } from '../../data/tours';
import { startTalk } from './steps';

export function ToursMenu() {
  const [tours, setTours] = useState<Tour[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  return (
    <details
      className="menu tours-menu"
      onToggle={(e) => {
        if ((e.target as HTMLDetailsElement).open && tours === null) {
          // Loaded on first open, with its schema: most readers never open the menu.
          void import('../../data/tours')
            .then(({ loadTours }) => loadTours())
            .then(
              (r) => {
                setTours(r.tours);
                setError(r.error ?? null);
              },
              (failure: unknown) => setError(`Tours could not be loaded: ${String(failure)}`),
            );
        }
      }}
    >
      <summary>Tours</summary>
      <div className="menu-body">
        {error && <p role="alert">{error}</p>}
        {tours === null && !error && <p>Loading tours…</p>}
        <ul className="tours">
          {tours?.map((tour) => (
            <li key={tour.id}>
              <button type="button" className="link-button" onClick={() => startTalk(tour.steps)}>
                {tour.title}
              </button>
              {tour.summary && <p className="hint">{tour.summary}</p>}
            </li>
          ))}
        </ul>
      </div>
    </details>
  );
}
