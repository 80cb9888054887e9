// The "Aa" menu's panel: theme, text size and column width, each a group of radio buttons (arrows move within a
// group, Tab between groups). Escape, a click elsewhere or "Aa" again closes it, and focus goes back to "Aa".
// Plain DOM, not React: it arrives with the page's later script, after the app, so it costs the first screen nothing.
import { SETTINGS, SETTING_NAMES, applySettings, currentSettings, type ReadingSettings, type SettingName } from './reading-settings';

/**
 * The ids of the button (reading-settings-button.tsx renders it) and of the panel built here. Written again rather
 * than imported from src/lib/page-ids.ts: a module both scripts import would become a chunk of its own on the first
 * screen's path (a test checks that the two agree).
 */
export const SETTINGS_BUTTON_ID = 'reglages-bouton';
export const SETTINGS_PANEL_ID = 'reglages-panneau';

const PANEL_CLASSES = 'settings-panel absolute right-0 z-40 mt-1 w-72 max-w-[calc(100vw-2rem)] space-y-4 rounded-md border border-rule bg-paper p-4 font-sans text-sm text-ink';
const CHOICE_CLASSES =
  'inline-flex min-h-11 items-center gap-1.5 rounded border border-rule px-2 has-checked:border-accent has-checked:bg-paper-deep has-checked:font-semibold';

/**
 * Makes the "Aa" button work, wherever and whenever the app renders it (a delegated listener on the document: a new
 * page's bar gets the same behaviour). Returns how to stop, for tests.
 */
export function enableReadingSettingsMenu(doc: Document = document): () => void {
  const button = () => doc.getElementById(SETTINGS_BUTTON_ID);
  const panel = () => doc.getElementById(SETTINGS_PANEL_ID);
  const isOpen = () => button()?.getAttribute('aria-expanded') === 'true';

  const close = (giveFocusBack: boolean) => {
    button()?.setAttribute('aria-expanded', 'false');
    panel()?.setAttribute('hidden', '');
    if (giveFocusBack) button()?.focus();
  };
  const open = () => {
    const opener = button();
    if (!opener) return;
    const existing = panel();
    if (existing) existing.remove();
    opener.after(settingsPanel(doc, currentSettings(doc.documentElement)));
    opener.setAttribute('aria-expanded', 'true');
  };

  const onClick = (event: MouseEvent) => {
    const target = event.target as Element | null;
    if (target?.closest(`#${SETTINGS_BUTTON_ID}`)) {
      if (isOpen()) close(false);
      else open();
    } else if (isOpen() && !target?.closest(`#${SETTINGS_PANEL_ID}`)) close(false);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !isOpen()) return;
    event.preventDefault();
    // Escape closes what it opened: focus returns to "Aa" only from inside the menu, not from elsewhere on the page.
    const active = doc.activeElement;
    close(Boolean(active && (active.id === SETTINGS_BUTTON_ID || panel()?.contains(active))));
  };
  const onChange = (event: Event) => {
    const input = event.target as HTMLInputElement;
    if (!input.closest(`#${SETTINGS_PANEL_ID}`)) return;
    const settings = { ...currentSettings(doc.documentElement), [input.name.replace(/^reglage-/, '')]: input.value } as ReadingSettings;
    applySettings(settings, doc.documentElement);
  };

  doc.addEventListener('click', onClick);
  doc.addEventListener('keydown', onKeyDown);
  doc.addEventListener('change', onChange);
  return () => {
    doc.removeEventListener('click', onClick);
    doc.removeEventListener('keydown', onKeyDown);
    doc.removeEventListener('change', onChange);
  };
}

function settingsPanel(doc: Document, settings: ReadingSettings): HTMLElement {
  const panel = element(doc, 'div', PANEL_CLASSES);
  panel.id = SETTINGS_PANEL_ID;
  panel.setAttribute('role', 'group');
  panel.setAttribute('aria-label', 'Réglages de lecture');
  for (const name of SETTING_NAMES) panel.append(settingGroup(doc, name, settings[name]));
  return panel;
}

function settingGroup(doc: Document, name: SettingName, current: string): HTMLElement {
  const group = element(doc, 'fieldset', '');
  group.append(element(doc, 'legend', 'mb-1 font-semibold', SETTINGS[name].legend));
  const choices = element(doc, 'div', 'flex flex-wrap gap-1');
  for (const choice of SETTINGS[name].choices) {
    const label = element(doc, 'label', CHOICE_CLASSES);
    const input = element(doc, 'input', 'size-4 accent-(--color-accent)');
    input.type = 'radio';
    input.name = `reglage-${name}`;
    input.value = choice.value;
    input.checked = choice.value === current;
    label.append(input, choice.label);
    choices.append(label);
  }
  group.append(choices);
  return group;
}

function element<Tag extends keyof HTMLElementTagNameMap>(doc: Document, tag: Tag, className: string, text?: string): HTMLElementTagNameMap[Tag] {
  const made = doc.createElement(tag);
  if (className) made.className = className;
  if (text) made.textContent = text;
  return made;
}
