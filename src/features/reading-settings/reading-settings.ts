// The reader's settings (theme, text size, column width): their choices, where they are kept, and how they reach the
// page. The page's starter (scripts/build/first-paint-starter.ts) reads the same key before the first paint.

/** localStorage key; one JSON object, so that one read before the first paint applies every setting. */
export const SETTINGS_STORAGE_KEY = 'liseuse:reglages';

export interface SettingChoice<Value extends string> {
  value: Value;
  label: string;
}

/** Each setting is an attribute on <html> (data-theme, data-text-size, data-width); the CSS does the rest. */
export const SETTINGS = {
  theme: {
    legend: 'Thème',
    attribute: 'data-theme',
    choices: [
      { value: 'auto', label: 'Automatique' },
      { value: 'light', label: 'Clair' },
      { value: 'sepia', label: 'Sépia' },
      { value: 'dark', label: 'Sombre' },
    ],
  },
  textSize: {
    legend: 'Taille du texte',
    attribute: 'data-text-size',
    choices: [
      { value: 'petit', label: 'Petite' },
      { value: 'normal', label: 'Normale' },
      { value: 'grand', label: 'Grande' },
      { value: 'tres-grand', label: 'Très grande' },
    ],
  },
  width: {
    legend: 'Largeur du texte',
    attribute: 'data-width',
    choices: [
      { value: 'standard', label: 'Standard' },
      { value: 'large', label: 'Large' },
    ],
  },
} as const satisfies Record<string, { legend: string; attribute: string; choices: readonly SettingChoice<string>[] }>;

export type SettingName = keyof typeof SETTINGS;
export type ReadingSettings = { [Name in SettingName]: (typeof SETTINGS)[Name]['choices'][number]['value'] };

export const DEFAULT_SETTINGS: ReadingSettings = { theme: 'auto', textSize: 'normal', width: 'standard' };

export const SETTING_NAMES = Object.keys(SETTINGS) as SettingName[];

/** What the page shows now: the starter applied the stored choice before the first paint. */
export function currentSettings(root: HTMLElement = document.documentElement): ReadingSettings {
  const settings = { ...DEFAULT_SETTINGS };
  for (const name of SETTING_NAMES) {
    const value = root.getAttribute(SETTINGS[name].attribute);
    const known = SETTINGS[name].choices.find((choice) => choice.value === value);
    if (known) (settings as Record<SettingName, string>)[name] = known.value;
  }
  return settings;
}

/** Shows the settings at once and keeps them for the next visit (a browser that refuses storage still shows them). */
export function applySettings(settings: ReadingSettings, root: HTMLElement = document.documentElement): void {
  for (const name of SETTING_NAMES) root.setAttribute(SETTINGS[name].attribute, settings[name]);
  try {
    localStorage.setItem(SETTINGS_STORAGE_KEY, JSON.stringify(settings));
  } catch {
    // Private browsing or storage off: the choice lasts until the page is left.
  }
}
