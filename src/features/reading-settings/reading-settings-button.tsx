// The "Aa" button in the page's bar, as the server renders it. Its panel (reading-settings-menu.ts) comes with the
// page's later script: the first screen's JavaScript stays as it was, for a menu most visits never open.

/** The ids the later script looks for; the button controls the panel it builds. */
export const SETTINGS_BUTTON_ID = 'reglages-bouton';
export const SETTINGS_PANEL_ID = 'reglages-panneau';

export function ReadingSettingsButton() {
  return (
    <div className="needs-script relative">
      <button id={SETTINGS_BUTTON_ID} type="button" aria-expanded="false" aria-controls={SETTINGS_PANEL_ID} className="settings-button">
        <span aria-hidden="true">Aa</span>
        <span className="sr-only">Réglages de lecture</span>
      </button>
    </div>
  );
}
