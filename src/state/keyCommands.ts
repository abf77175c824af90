/**
 * What a key pressed anywhere in the app does. In a presentation, the arrows, PageUp/PageDown
 * (clickers) and Space move between steps, F toggles full screen, Escape leaves full screen and
 * then the presentation; nothing else happens, so no key can change the step's view (Escape used
 * to clear the step's selection as well). Outside one, Escape clears the selection. Keys typed in
 * a text field are the field's.
 */
export type KeyCommand =
  | 'next-step'
  | 'previous-step'
  | 'toggle-full-screen'
  | 'exit-full-screen'
  | 'exit-presentation'
  | 'clear-selection';

export interface KeyContext {
  presenting: boolean;
  hasSelection: boolean;
  /** The key was typed in an input, a text area or a select. */
  inField?: boolean;
  fullScreen?: boolean;
}

const NEXT = new Set(['ArrowRight', 'PageDown', ' ']);
const PREVIOUS = new Set(['ArrowLeft', 'PageUp']);

export function keyCommand(key: string, context: KeyContext): KeyCommand | null {
  if (context.presenting) {
    if (context.inField) return null;
    if (NEXT.has(key)) return 'next-step';
    if (PREVIOUS.has(key)) return 'previous-step';
    if (key === 'f' || key === 'F') return 'toggle-full-screen';
    if (key === 'Escape') return context.fullScreen ? 'exit-full-screen' : 'exit-presentation';
    return null;
  }
  return key === 'Escape' && context.hasSelection ? 'clear-selection' : null;
}
