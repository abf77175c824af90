/** The colours the canvas needs from the page theme (the canvas cannot read CSS by itself). */
import { useEffect, useState } from 'react';
import { useAppStore } from '../../state/store';

export interface CanvasTheme {
  dark: boolean;
  background: string;
  label: string;
  land: string;
  landStroke: string;
}

const LIGHT: CanvasTheme = {
  dark: false,
  background: '#ffffff',
  label: '#1d1f23',
  land: '#eef0f3',
  landStroke: '#c9ced6',
};
const DARK: CanvasTheme = {
  dark: true,
  background: '#16181c',
  label: '#e8eaed',
  land: '#22262c',
  landStroke: '#3a4049',
};

function systemPrefersDark(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-color-scheme: dark)').matches;
}

export function useCanvasTheme(): CanvasTheme {
  const theme = useAppStore((s) => s.theme);
  const [systemDark, setSystemDark] = useState(systemPrefersDark);
  useEffect(() => {
    if (typeof matchMedia !== 'function') return;
    const query = matchMedia('(prefers-color-scheme: dark)');
    const onChange = () => setSystemDark(query.matches);
    query.addEventListener('change', onChange);
    return () => query.removeEventListener('change', onChange);
  }, []);
  const dark = theme === 'dark' || (theme === 'system' && systemDark);
  return dark ? DARK : LIGHT;
}
