/**
 * `embed=1`: the view for iframes. The network with what it shows said around it: the view's
 * title (a presented step's, or an automatic one) and period above, a compact legend below, in
 * the reader's theme, and a link to open the view in the full app.
 */
import { useEffect } from 'react';
import { embedTitle } from '../../model/viewTitle';
import { useAppStore } from '../../state/store';
import { ErrorBoundary } from '../../ui/ErrorBoundary';
import { NetworkView } from '../network/NetworkView';
import { SourceNotices } from '../source/SourceNotices';
import { EmbedLegend } from './EmbedLegend';
import './embed.css';

function fullAppLink(): string {
  const url = new URL(window.location.href);
  url.searchParams.delete('embed');
  return url.toString();
}

export function EmbeddedApp() {
  const data = useAppStore((s) => s.data);
  const filters = useAppStore((s) => s.view.filters);
  const step = useAppStore((s) =>
    s.extras.present !== null ? (s.extras.talk[s.extras.present - 1] ?? null) : null,
  );
  const heading = data ? embedTitle(filters, data, step) : null;
  const title = heading?.title ?? 'Entente';
  useEffect(() => {
    document.title = `${title} · Entente`;
  }, [title]);
  return (
    <main className="app embed" aria-label={title}>
      <header className="embed-head">
        <h1 className="embed-title" title={title}>
          {heading ? heading.title : 'Loading the dataset…'}
        </h1>
        {heading?.period && <span className="embed-period">{heading.period}</span>}
        <a className="embed-link" href={fullAppLink()} target="_blank" rel="noopener noreferrer">
          Open in Entente<span aria-hidden="true"> ↗</span>
        </a>
      </header>
      <SourceNotices />
      <section className="panel network-panel" aria-label="Network">
        <ErrorBoundary name="The network view">
          <NetworkView />
        </ErrorBoundary>
      </section>
      <ErrorBoundary name="The legend">
        <EmbedLegend />
      </ErrorBoundary>
    </main>
  );
}
