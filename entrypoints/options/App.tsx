/**
 * Tend's options page: the people you care about, what Tend noticed, how it
 * behaves, and your data. Sections are addressed by `#section` so the
 * browser's back button and links work.
 */
import { useState } from 'preact/hooks';
import { useHashRoute } from '../../components/useHashRoute';
import { YourData } from './data/YourData';
import { InsightsView } from './insights/InsightsView';
import { PeopleView } from './people/PeopleView';
import { PersonPage } from './people/PersonPage';
import { SettingsView } from './settings/SettingsView';

const SECTIONS = [
  ['people', 'People'],
  ['insights', 'Insights'],
  ['settings', 'Settings'],
  ['data', 'Your data'],
] as const;

export function App() {
  const [section, detail] = useHashRoute('people');
  // Each change to people starts the list over: it reads its first rows again.
  const [changes, setChanges] = useState(0);
  const reload = () => setChanges((count) => count + 1);

  let view = null;
  if (section === 'settings') view = <SettingsView />;
  else if (section === 'data') view = <YourData onChanged={reload} />;
  else if (section === 'insights') view = <InsightsView />;
  else if (detail) view = <PersonPage key={detail} id={detail} onChanged={reload} />;
  else view = <PeopleView key={changes} onChanged={reload} />;

  const current = SECTIONS.some(([id]) => id === section) ? section : 'people';
  return (
    <div class="options">
      <header class="options-header">
        <h1>Tend</h1>
        <p class="muted">
          Turn scrolling time into time with the people you care about. Everything stays on this device.
        </p>
        <nav aria-label="Sections">
          <ul>
            {SECTIONS.map(([id, label]) => (
              <li key={id}>
                <a href={`#${id}`} aria-current={current === id ? 'page' : undefined}>
                  {label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main>{view}</main>
    </div>
  );
}
