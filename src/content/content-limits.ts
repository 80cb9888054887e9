// How much content one article may bring, and why: past these, a page stops being readable or buildable, and the
// build says so with the file named instead of writing a page no phone can open.

/**
 * article.txt, in bytes: 2 MiB. The longest long-reads run to about 30,000 words (some 200 KB); ten times that is
 * still text. Past it, the file is almost always a scraping accident (a whole site pasted in), and the page would be
 * far too big: every paragraph is written twice, as HTML and as the page's data (a 50 MB file made a 214 MB page and
 * took 3.5 GB of memory to build). The parser is linear, so 2 MiB also bounds the time an article can take.
 */
export const MAX_ARTICLE_BYTES = 2 * 1024 * 1024;

/** edition.json, in bytes: 256 KiB, some fifty times the seed's (3 KB with five events and five sections). */
export const MAX_EDITION_BYTES = 256 * 1024;

/**
 * Sections in one edition: 100. The table of contents lists them all beside the text; a long investigation has 10 to
 * 30. Matching each section's opening words against every paragraph also costs sections × paragraphs.
 */
export const MAX_SECTIONS = 100;

/**
 * Events in one timeline: 200. The timeline shows every event in the page (and again in its data); a story told over
 * decades has a few dozen. Each event is searched for in every paragraph, so the cost grows with events × paragraphs.
 */
export const MAX_EVENTS = 200;
