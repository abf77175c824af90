/** Guided tours for students: curated sequences of views with captions (public/data/tours.json). */
import { useState } from 'react';
import { loadTours, type Tour } from '../../data/tours';
import { startTalk } from './steps';

export function ToursMenu() {
  const [tours, setTours] = useState<Tour[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  return (
    <details
      className="menu tours-menu"
      onToggle={(e) => {
        if ((e.target as HTMLDetailsElement).open && tours === null) {
          void loadTours().then((r) => {
            setTours(r.tours);
            setError(r.error ?? null);
          });
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
