/**
 * Commands that are events, not state: "this view change enters history as a new entry" and "fly
 * the camera there". A store field for them would be an instruction stored as state (a flag to
 * reset, a nonce to bump); a channel delivers each one once to whoever listens (the URL sync, the
 * camera controller) and keeps nothing.
 */

export interface Channel<T> {
  emit(message: T): void;
  subscribe(listener: (message: T) => void): () => void;
}

export function createChannel<T>(): Channel<T> {
  const listeners = new Set<(message: T) => void>();
  return {
    emit(message) {
      for (const listener of [...listeners]) listener(message);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/**
 * How a committed view enters the browser history: a new entry (`push`, Back returns to what was
 * before), or in place of the current one (`replace`: dragging, playing, typing on).
 */
export type HistoryEntry = 'push' | 'replace';

/** How the camera reaches a committed view's camera: at once, or in a short flight. */
export type CameraMove = 'jump' | 'fly';

/** Sent after each commit of a view (see store.ts `commit`). */
export interface ViewCommit {
  history: HistoryEntry;
  camera: CameraMove;
}

export const viewCommits = createChannel<ViewCommit>();

/** Camera requests that are not a view: fly to a node wherever it is drawn (search). */
export type CameraCommand = { kind: 'fly-to-node'; key: string };

export const cameraCommands = createChannel<CameraCommand>();
