/**
 * The URL is the view. Every change of the view is serialised into the query string: dragging
 * (camera, brush) replaces the history entry, discrete changes push one, so Back and Forward step
 * through what the user did. Back and Forward parse the URL again (cleaned against the data).
 */
import { useEffect } from 'react';
import { useAppStore } from '../state/store';
import { serialiseViewState, viewFromQuery } from '../url';

function currentQuery(): string {
  return window.location.search.replace(/^\?/, '');
}

export function useUrlSync() {
  useEffect(() => {
    const unsubscribe = useAppStore.subscribe((state, previous) => {
      if (state.status !== 'ready' || !state.data) return;
      if (
        state.view === previous.view &&
        state.extras === previous.extras &&
        state.data === previous.data
      )
        return;
      const query = serialiseViewState(state.view, state.data, state.extras);
      if (query === currentQuery()) return;
      const url = `${window.location.pathname}${query ? `?${query}` : ''}${window.location.hash}`;
      if (state.historyMode === 'push' && previous.status === 'ready')
        window.history.pushState(null, '', url);
      else window.history.replaceState(null, '', url);
    });
    const onPopState = () => {
      const { data, replaceView, addNotices } = useAppStore.getState();
      if (!data) return;
      const { state, extras, ignored } = viewFromQuery(window.location.search, data);
      // Keep the dataset that is loaded: switching datasets goes through a reload.
      replaceView(state, 'replace', { ...extras, dataset: useAppStore.getState().extras.dataset });
      if (ignored.length > 0) addNotices(ignored);
    };
    window.addEventListener('popstate', onPopState);
    return () => {
      unsubscribe();
      window.removeEventListener('popstate', onPopState);
    };
  }, []);
}
