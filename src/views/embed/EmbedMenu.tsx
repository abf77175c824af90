/**
 * "Embed": the HTML that puts the current view in another page (an iframe on the view's link
 * with `embed=1`, and `src` when the view uses a dataset file), a size to choose, and a button
 * that copies it. The code is also shown, to copy by hand where the clipboard is not allowed.
 */
import { useId, useState } from 'react';
import { embedTitle } from '../../model/viewTitle';
import { useAppStore } from '../../state/store';
import { serialiseViewState } from '../../url';
import { EMBED_SIZES, embedCode, viewAddress } from '../../url/embed';
import './embed.css';

/** The embed code of the current view, read at click time. */
export function currentEmbedCode(size: { width: number; height: number }): string | null {
  const { data, view, extras } = useAppStore.getState();
  if (!data) return null;
  const presenting = extras.present !== null && extras.talk.length > 0;
  // A presented step keeps its presentation (the embed shows the step's title); else none.
  const query = serialiseViewState(view, data, {
    ...extras,
    embed: true,
    talk: presenting ? extras.talk : [],
    present: presenting ? extras.present : null,
  });
  const step = presenting ? (extras.talk[extras.present! - 1] ?? null) : null;
  const heading = embedTitle(view.filters, data, step);
  const title = `Entente: ${heading.title}${heading.period ? `, ${heading.period}` : ''}`;
  const app = `${window.location.origin}${window.location.pathname}`;
  return embedCode({ src: viewAddress(app, query), ...size, title });
}

export function EmbedMenu() {
  const [sizeIndex, setSizeIndex] = useState(0);
  const [code, setCode] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const sizeId = useId();
  const size = EMBED_SIZES[sizeIndex]!;
  const refresh = (index = sizeIndex) => setCode(currentEmbedCode(EMBED_SIZES[index]!));

  const copy = async () => {
    const text = currentEmbedCode(size);
    setCode(text);
    if (!text) return;
    try {
      await navigator.clipboard.writeText(text);
      setStatus('Embed code copied.');
    } catch {
      setStatus('Could not copy: select the code below and copy it.');
    }
  };

  return (
    <details
      className="menu embed-menu"
      onToggle={(e) => {
        if ((e.target as HTMLDetailsElement).open) {
          setStatus('');
          refresh();
        }
      }}
    >
      <summary>Embed</summary>
      <div className="menu-body">
        <p className="hint">
          Put this view in a web page or a slide: an iframe that shows the network with its title,
          period and legend.
        </p>
        <label htmlFor={sizeId}>Size </label>
        <select
          id={sizeId}
          value={sizeIndex}
          onChange={(e) => {
            const index = Number(e.target.value);
            setSizeIndex(index);
            refresh(index);
          }}
        >
          {EMBED_SIZES.map((s, i) => (
            <option key={i} value={i}>
              {s.width} × {s.height}
            </option>
          ))}
        </select>{' '}
        <button type="button" onClick={() => void copy()}>
          Copy embed code
        </button>
        <p role="status" className="hint">
          {status}
        </p>
        {code && (
          <textarea
            className="embed-code"
            readOnly
            rows={4}
            value={code}
            aria-label="Embed code"
            onFocus={(e) => e.target.select()}
          />
        )}
      </div>
    </details>
  );
}
