// The page's later script: what the reader may use once the article is read and the app is running, kept out of the
// first screen's JavaScript. Plain DOM (no React), so that it shares nothing with the app's bundle. The starter
// (scripts/build/first-paint-starter.ts) imports it once the app has been asked for.
import { enableReadingSettingsMenu } from '../features/reading-settings/reading-settings-menu';
import { followReading } from '../features/reading-position/follow-reading';
import { openContentsFromBar } from '../features/table-of-contents/open-contents-from-bar';

/** The column beside the article (article-route.tsx): written again, not imported, as reading-settings-menu.ts says why. */
export const SIDE_COLUMN_ID = 'colonne-laterale';

enableReadingSettingsMenu();
openContentsFromBar();
followReading(() => document.getElementById(SIDE_COLUMN_ID));
