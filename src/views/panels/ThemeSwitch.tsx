/** Light, dark, or follow the system. Sets `data-theme` on <html> for the CSS. */
import { useEffect } from 'react';
import { useAppStore } from '../../state/store';

export function ThemeSwitch() {
  const theme = useAppStore((s) => s.theme);
  const setTheme = useAppStore((s) => s.setTheme);
  useEffect(() => {
    if (theme === 'system') delete document.documentElement.dataset.theme;
    else document.documentElement.dataset.theme = theme;
  }, [theme]);
  return (
    <div className="field theme-switch">
      <label htmlFor="theme">Theme</label>
      <select id="theme" value={theme} onChange={(e) => setTheme(e.target.value as typeof theme)}>
        <option value="system">System</option>
        <option value="light">Light</option>
        <option value="dark">Dark</option>
      </select>
    </div>
  );
}
