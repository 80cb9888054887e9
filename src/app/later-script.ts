// The page's later script: what the reader may use once the article is read and the app is running, kept out of the
// first screen's JavaScript. Plain DOM (no React), so that it shares nothing with the app's bundle. The starter
// (scripts/build/first-paint-starter.ts) imports it once the app has been asked for.
import { enableReadingSettingsMenu } from '../features/reading-settings/reading-settings-menu';
import { SIDE_COLUMN_ID, followReading } from '../features/reading-position/follow-reading';
import { openContentsFromBar } from '../features/table-of-contents/open-contents-from-bar';

enableReadingSettingsMenu();
openContentsFromBar();
followReading(() => document.getElementById(SIDE_COLUMN_ID));
