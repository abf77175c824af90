/**
 * The URL is the view. Each committed view is serialised into the query string, entering history
 * as its commit says (channels.ts): dragging, playing and typing on replace the entry, discrete
 * changes push one, so Back and Forward step through what the user did. Back and Forward parse
 * the URL again (cleaned against the data) and commit it in place.
 */
import { useEffect } from 'react';
import { viewCommits } from '../state/channels';
import { useAppStore } from '../state/store';
import { serialiseViewState, viewFromQuery } from '../url';

function currentQuery(): string {
  return window.location.search.replace(/^\?/, '');
}

export function useUrlSync() {
  useEffect(() => {
    const unsubscribe = viewCommits.subscribe(({ history }) => {
      const state = useAppStore.getState();
      if (state.status !== 'ready' || !state.data) return;
      const query = serialiseViewState(state.view, state.data, state.extras);
      if (query === currentQuery()) return;
      const url = `${window.location.pathname}${query ? `?${query}` : ''}${window.location.hash}`;
      if (history === 'push') window.history.pushState(null, '', url);
      else window.history.replaceState(null, '', url);
    });
    const onPopState = () => {
      const { data, commit, addNotices, extras } = useAppStore.getState();
      if (!data) return;
      const cleaned = viewFromQuery(window.location.search, data);
      // Keep the dataset (or file) that is loaded: switching datasets goes through a reload.
      commit(cleaned.state, {
        history: 'replace',
        extras: { ...cleaned.extras, dataset: extras.dataset, source: extras.source },
      });
      if (cleaned.ignored.length > 0) addNotices(cleaned.ignored);
    };
    window.addEventListener('popstate', onPopState);
    return () => {
      unsubscribe();
      window.removeEventListener('popstate', onPopState);
    };
  }, []);
}
