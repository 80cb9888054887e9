// The "Aa" button in the page's bar, as the server renders it. Its panel (reading-settings-menu.ts) comes with the
// page's later script: the first screen's JavaScript stays as it was, for a menu most visits never open.

import { PAGE_IDS } from '../../lib/page-ids';

export function ReadingSettingsButton() {
  return (
    <div className="needs-script relative">
      <button id={PAGE_IDS.settingsButton} type="button" aria-expanded="false" aria-controls={PAGE_IDS.settingsPanel} className="settings-button">
        <span aria-hidden="true">Aa</span>
        <span className="sr-only">Réglages de lecture</span>
      </button>
    </div>
  );
}
