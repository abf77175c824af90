/**
 * A deal story in Details (model/dealStory.ts): visits and signings, agreements, orders and
 * deliveries in time order, each a link to its record. Long stories show their first steps and
 * open whole on request.
 */
import { useState } from 'react';
import type { DealStory, StoryStage, StoryStep } from '../../model/dealStory';
import { countOf } from '../../model/format';
import { useAppStore } from '../../state/store';

const SHOWN = 10;

const STAGE_LABELS: Record<StoryStage, string> = {
  event: 'Diplomacy',
  agreement: 'Agreement',
  order: 'Order',
  delivery: 'Delivery',
};

export function DealStoryList({
  story,
  title,
  heading = title,
  names,
}: {
  story: DealStory;
  /** The section's accessible name. */
  title: string;
  /** Its visible heading (shorter where the view already names the states). */
  heading?: string;
  /** Titles of the steps by key, for "after" notes (the story's own event steps). */
  names?: ReadonlyMap<string, string>;
}) {
  const select = useAppStore((s) => s.select);
  const highlightDeals = useAppStore((s) => s.highlightDeals);
  const [whole, setWhole] = useState(false);
  const byKey = names ?? new Map(story.steps.map((s) => [s.key, s.title]));
  const steps = whole ? story.steps : story.steps.slice(0, SHOWN);
  const { counts } = story;
  const summary = [
    countOf(counts.event, 'visit, summit or signing', 'visits, summits and signings'),
    countOf(counts.agreement, 'agreement'),
    countOf(counts.order, 'order'),
    countOf(counts.delivery, 'delivery', 'deliveries'),
  ].join(' · ');

  const open = (step: StoryStep) => {
    const t = step.target;
    if (t.kind === 'deal') {
      select({ kind: 'pair', id: t.supplier, with: t.recipient });
      highlightDeals([t.index]);
    } else select(t);
  };

  return (
    <section aria-label={title} className="deal-story">
      <h4>{heading}</h4>
      <p className="meta">{summary}</p>
      <ol className="story-steps">
        {steps.map((step) => (
          <li key={step.key} className={`story-step is-${step.stage}`} data-stage={step.stage}>
            <span className="story-when">{step.when}</span>{' '}
            <span className="story-stage">{STAGE_LABELS[step.stage]}</span>{' '}
            <button type="button" className="link-button" onClick={() => open(step)}>
              {step.title}
            </button>
            <span className="meta story-detail">{step.detail}</span>
            {step.after.length > 0 && (
              <span className="meta story-after">
                after {step.after.map((k) => byKey.get(k) ?? k).join('; ')}
              </span>
            )}
          </li>
        ))}
      </ol>
      {story.steps.length > SHOWN && (
        <button type="button" className="link-button" onClick={() => setWhole(!whole)}>
          {whole
            ? 'Show the first steps only'
            : `Show the whole story (${story.steps.length} steps)`}
        </button>
      )}
    </section>
  );
}
