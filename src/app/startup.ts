/** Loads the dataset once, then sets up the view state. */
import { useEffect } from 'react';
import { loadDefaultDataset } from '../data/load';
import { useAppStore } from '../state/store';

export function useStartup() {
  const setLoaded = useAppStore((s) => s.setLoaded);
  useEffect(() => {
    let live = true;
    loadDefaultDataset().then(
      ({ data, problems }) => {
        if (live) setLoaded(data, problems);
      },
      (error: unknown) => {
        if (live) setLoaded(null, [{ file: 'dataset', message: String(error), severity: 'error' }]);
      },
    );
    return () => {
      live = false;
    };
  }, [setLoaded]);
}
