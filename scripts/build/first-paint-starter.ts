// The few lines of inline script that ask for the app only once the article is on screen.
export interface StartedAfterFirstPaint {
  html: string;
  /** The starter's source, for the security policy to allow by hash. */
  inlineScripts: string[];
}

/**
 * The app's script is asked for only once the article is on screen. The page is readable without it, and a script
 * requested while the first paint is still coming competes with it for a phone's bandwidth and main thread
 * (Lighthouse then counts it on the path to the largest paint). "On screen" is the browser's own word for it, the
 * first-contentful-paint entry (the article's text all comes in that first frame; largest-contentful-paint would be
 * the same frame, but Chrome reports none for a page opened at a #link). Where paint timing is missing or the tab
 * opened in the background, two animation frames after "load", which only come once a frame has been drawn. A last
 * timer makes sure the app starts whatever happens. The starter is allowed by its hash in the Content-Security-Policy.
 */
export function startScriptAfterFirstPaint(html: string): StartedAfterFirstPaint {
  const entry = /\s*<script type="module" crossorigin src="([^"]+)"><\/script>/.exec(html);
  if (!entry) throw new Error('the built index.html has no entry script');
  const starter = [
    '(()=>{let started=0;',
    `const start=()=>{if(!started){started=1;setTimeout(()=>import(${JSON.stringify(entry[1])}))}};`,
    'const observer=window.PerformanceObserver;',
    'if(document.visibilityState=="visible"&&observer&&(observer.supportedEntryTypes||[]).includes("paint"))',
    'new observer((list)=>{if(list.getEntriesByName("first-contentful-paint").length)start()}).observe({type:"paint",buffered:true});',
    'else addEventListener("load",()=>requestAnimationFrame(()=>requestAnimationFrame(start)));',
    'addEventListener("load",()=>setTimeout(start,3000))})()',
  ].join('');
  const result = html.replace(entry[0], '').replace('</body>', () => `  <script>${starter}</script>\n  </body>`);
  return { html: result, inlineScripts: [starter] };
}
