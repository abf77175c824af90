/** Which dataset the view uses: the default one or one kept in this browser; remove kept ones. */
import { useState } from 'react';
import { listDatasets, removeDataset } from '../../data/storage';
import { useAppStore } from '../../state/store';
import { switchToDataset } from './applyImport';
import { loadDefaultOffMainThread, openStoredDataset } from './runImport';

type Entry = Awaited<ReturnType<typeof listDatasets>>[number];

export function DatasetsMenu() {
  // A dataset opened by link (`src`) is named by its file, like a kept one.
  const current = useAppStore((s) => (s.extras.source !== null ? 'src' : s.extras.dataset));
  const currentName = useAppStore((s) => s.data?.name ?? 'default');
  const [entries, setEntries] = useState<Entry[] | null>(null);
  const refresh = () => void listDatasets().then(setEntries);

  const open = async (id: string) => {
    if (id === 'default') {
      const { data, problems } = await loadDefaultOffMainThread();
      if (data) switchToDataset(data, problems);
      return;
    }
    const opened = await openStoredDataset(id);
    if (!opened.ok) return refresh();
    switchToDataset(opened.data, opened.problems, id);
  };

  return (
    <details
      className="menu datasets-menu"
      onToggle={(e) => {
        if ((e.target as HTMLDetailsElement).open) refresh();
      }}
    >
      <summary title={current === 'default' ? 'Default dataset' : currentName}>
        Data: {current === 'default' ? 'default' : currentName}
      </summary>
      <div className="menu-body">
        <ul className="datasets">
          <li>
            <button
              type="button"
              className="link-button"
              onClick={() => void open('default')}
              aria-current={current === 'default'}
            >
              Default dataset
            </button>{' '}
            <span className="meta">written by this project from public facts</span>
          </li>
          {entries?.map((e) => (
            <li key={e.id}>
              <button
                type="button"
                className="link-button"
                onClick={() => void open(e.id)}
                aria-current={current === e.id}
              >
                {e.name}
              </button>
              <p className="meta">
                {e.description} · {e.createdAt.slice(0, 10)}
              </p>
              <button
                type="button"
                onClick={() => {
                  void removeDataset(e.id).then(async () => {
                    if (current === e.id) await open('default');
                    refresh();
                  });
                }}
              >
                Remove {e.name}
              </button>
            </li>
          ))}
        </ul>
        {entries?.length === 0 && (
          <p className="hint">No imported dataset is kept in this browser.</p>
        )}
      </div>
    </details>
  );
}
