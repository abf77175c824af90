/** The colours the canvas needs from the page theme (the canvas cannot read CSS by itself). */
import { useEffect, useState } from 'react';
import { DARK, LIGHT, type Palette, type ThemeName } from '../../model/theme';
import { useAppStore } from '../../state/store';

export interface CanvasTheme {
  dark: boolean;
  name: ThemeName;
  background: string;
  label: string;
  land: string;
  landStroke: string;
  palette: Palette;
}

const canvasTheme = (p: Palette): CanvasTheme => ({
  dark: p.theme === 'dark',
  name: p.theme,
  background: p.background,
  label: p.ink,
  land: p.land,
  landStroke: p.landStroke,
  palette: p,
});
const LIGHT_CANVAS = canvasTheme(LIGHT);
const DARK_CANVAS = canvasTheme(DARK);

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
  return dark ? DARK_CANVAS : LIGHT_CANVAS;
}
