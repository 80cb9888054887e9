// The page's two inline scripts: one in the head that applies the reader's settings before the first paint, and a
// few lines at the end of the body that ask for the app only once the article is on screen, then for offline reading.
import { SETTINGS, SETTINGS_STORAGE_KEY, SETTING_NAMES } from '../../src/features/reading-settings/reading-settings.ts';

export interface StartedAfterFirstPaint {
  html: string;
  /** The starters' sources, for the security policy to allow by hash. */
  inlineScripts: string[];
}

/** Where the build writes the service worker (scripts/build/offline-reading.ts); the starter registers it. */
export const SERVICE_WORKER_PATH = '/sw.js';
/** The class on <html> once the first screen is on screen: what waited below it is laid out then (src/app/styles.css,
 *  "lazy-render"), so that the page's height, its scroll bar and the reading progress line are the real ones. */
export const PAINTED_CLASS = 'painted';
/** The cache of the pages a reader opened; the service worker fills it on every visit it controls, the starter on the first. */
export const PAGES_CACHE = 'liseuse-pages';
/** The same for each page's data file (src/content/page-data.ts, dataFilePath), which the app hydrates the page with. */
export const DATA_CACHE = 'liseuse-donnees';

/**
 * Runs in the <head>, before the body is parsed, so that the first frame already has the reader's theme, size and
 * width (a reload in dark never flashes light), and the "js" class that shows the controls only a script can work.
 * A stored value the CSS does not know changes nothing; storage refused (privacy settings) leaves the defaults.
 */
export function settingsStarter(): string {
  const attributes = SETTING_NAMES.map((name) => [name, SETTINGS[name].attribute]);
  return [
    '(()=>{const root=document.documentElement;root.classList.add("js");',
    `try{const saved=JSON.parse(localStorage.getItem(${JSON.stringify(SETTINGS_STORAGE_KEY)})||"{}");`,
    `for(const[name,attribute]of ${JSON.stringify(attributes)})if(typeof saved[name]=="string")root.setAttribute(attribute,saved[name])}catch{}})()`,
  ].join('');
}

/** Puts the settings starter first in the <head>, where it runs before anything is drawn. */
export function applySettingsBeforeFirstPaint(html: string): StartedAfterFirstPaint {
  const starter = settingsStarter();
  if (!html.includes('<head>')) throw new Error('the page template has no <head>');
  return { html: html.replace('<head>', () => `<head>\n    <script>${starter}</script>`), inlineScripts: [starter] };
}

/**
 * The app's script is asked for only once the article is on screen and the document is complete. The page is
 * readable without it, and a script requested while the first paint is still coming competes with it for a phone's
 * bandwidth and main thread. Lighthouse's simulated LCP counts every request that ENDED before the observed largest
 * paint, and every layout before it: a long page may be painted in two frames (the parser yields), so the first
 * contentful paint alone is not enough — the script then loaded and hydrated before the second frame's larger text
 * block was reported, and the simulation put the whole script on the path to the LCP (the bimodal ×1.19). So: the
 * first-contentful-paint entry AND "load" (the document parsed, nothing left to paint for the first time), then two
 * animation frames, which only come once that last frame has been drawn. Where paint timing is missing or the tab
 * opened in the background, "load" and two frames alone. A last timer makes sure the app starts whatever happens.
 * At that moment too, what the first paint left below the first screen is laid out (PAINTED_CLASS).
 * After the app, the page's later script (the "Aa" menu, the side column that follows the reading: src/app/later-script.ts),
 * then the web app manifest and the service worker that keeps the articles read for offline reading (once the page is
 * idle: the worker fetches the app's files again, and must not compete with anything the reader waits for).
 */
export function startScriptAfterFirstPaint(html: string, laterScript: string): StartedAfterFirstPaint {
  const entry = /\s*<script type="module" crossorigin src="([^"]+)"><\/script>/.exec(html);
  if (!entry) throw new Error('the built index.html has no entry script');
  const starter = [
    '(()=>{let started=0,painted=0,loaded=0;',
    `const start=()=>{if(!started){started=1;document.documentElement.classList.add(${JSON.stringify(PAINTED_CLASS)});setTimeout(()=>import(${JSON.stringify(entry[1])}).then(()=>import(${JSON.stringify(laterScript)})));setTimeout(offline,2e3)}};`,
    // The page that registers the worker was fetched before it: the worker cannot have kept it, so the page puts itself
    // and its data file ("/articles/x/" → "/articles/x/data.json", as dataFilePath) in the caches.
    // The manifest is linked here, not in the HTML: the browser fetches it (and its icon) as soon as it sees the link,
    // in the middle of the first paint, and Lighthouse then counts both requests on the path to the LCP.
    'const offline=()=>{const manifest=document.createElement("link");manifest.rel="manifest";manifest.href="/manifest.webmanifest";document.head.append(manifest);',
    'const workers=navigator.serviceWorker;if(workers)',
    `workers.register(${JSON.stringify(SERVICE_WORKER_PATH)}).then(()=>workers.ready).then(()=>{if(!workers.controller){const keep=(cache,path)=>caches.open(cache).then((kept)=>kept.add(path));return Promise.all([keep(${JSON.stringify(PAGES_CACHE)},location.pathname),keep(${JSON.stringify(DATA_CACHE)},location.pathname.replace(/\\/?$/,"/")+"data.json")])}}).catch(()=>{})};`,
    'const ready=()=>{if(painted&&loaded)requestAnimationFrame(()=>requestAnimationFrame(start))};',
    'const observer=window.PerformanceObserver;',
    'if(document.visibilityState=="visible"&&observer&&(observer.supportedEntryTypes||[]).includes("paint"))',
    'new observer((list)=>{if(list.getEntriesByName("first-contentful-paint").length){painted=1;ready()}}).observe({type:"paint",buffered:true});',
    'else painted=1;',
    'addEventListener("load",()=>{loaded=1;ready();setTimeout(start,3e3)})})()',
  ].join('');
  const result = html.replace(entry[0], '').replace('</body>', () => `  <script>${starter}</script>\n  </body>`);
  return { html: result, inlineScripts: [starter] };
}
