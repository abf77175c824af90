/**
 * Reader settings, kept in this browser (localStorage) and never in the link: the colour theme and
 * motion. Each follows the system unless the reader chooses otherwise.
 */
import { useAppStore } from '../../state/store';
import { useMotionStore, type MotionSetting } from '../../state/motion';

export function SettingsMenu() {
  const theme = useAppStore((s) => s.theme);
  const setTheme = useAppStore((s) => s.setTheme);
  const motion = useMotionStore((s) => s.setting);
  const setMotion = useMotionStore((s) => s.setSetting);
  return (
    <details className="menu settings-menu">
      <summary>Settings</summary>
      <div className="menu-body">
        <div className="field">
          <label htmlFor="theme">Theme</label>
          <select
            id="theme"
            value={theme}
            onChange={(e) => setTheme(e.target.value as typeof theme)}
          >
            <option value="system">Follow the system</option>
            <option value="light">Light</option>
            <option value="dark">Dark</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor="motion">Motion</label>
          <select
            id="motion"
            value={motion}
            onChange={(e) => setMotion(e.target.value as MotionSetting)}
            aria-describedby="motion-hint"
          >
            <option value="system">Follow the system</option>
            <option value="reduce">Reduce: views change at once</option>
            <option value="full">Animate</option>
          </select>
          <p id="motion-hint" className="hint">
            Reduced motion makes layout switches, camera moves and Play jump instead of gliding.
          </p>
        </div>
      </div>
    </details>
  );
}
