// Every pattern and threshold of the article parser, in one table. Each entry says why the heuristic exists,
// so that a wrong result can be traced back to the one belief that caused it (the way of mozilla/readability).
//
// Performance rule for everything below: no pattern may backtrack on a long line. Patterns that are run over
// whole paragraphs start with a literal or a single character class and never nest quantifiers; patterns that
// need more freedom are only ever run on a slice bounded by one of the *_CHARS thresholds.

/** Letters, combining marks and digits of any script: `\b` and `\w` only know ASCII, French words have accents. */
const WORD = String.raw`\p{L}\p{M}\p{N}`;
const NOT_AFTER_WORD = `(?<![${WORD}])`;
const NOT_BEFORE_WORD = `(?![${WORD}])`;
/** A cheap lookahead on the possible first characters, put before a word-start lookbehind: the engine then
 *  rejects most positions with one class test instead of a Unicode lookbehind (2-3 times faster on long text). */
const FIRST = (characters: string) => `(?=[${characters}])`;

/** A word list as a regex alternation: longest first (so "premier ministre" wins over "ministre"),
 *  any apostrophe accepted for ’ (scrapes mix ’ and '), any run of spaces for a space. */
function alternation(words: readonly string[]): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map((word) =>
      word
        .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
        .replace(/’/g, "[’']")
        .replace(/ /g, String.raw`[\s\u00A0]+`),
    )
    .join('|');
}

function wordSet(words: readonly string[]): ReadonlySet<string> {
  return new Set(words.map((word) => word.toLowerCase().replace(/'/g, '’')));
}

// ---------------------------------------------------------------------------------------------------------------
// Speech: the verbs and words that tie quoted words to the person who said them.

/** Past participles of reporting verbs ("a déclaré", "ont ajouté"). Without one of these (or "selon") in the
 *  sentence, words in quote marks are a term the journalist holds at arm's length, not speech. */
const SPEECH_PARTICIPLES = [
  'déclaré', 'ajouté', 'expliqué', 'assuré', 'dit', 'affirmé', 'souligné', 'précisé', 'indiqué',
  'estimé', 'annoncé', 'répondu', 'écrit', 'confié', 'insisté', 'averti', 'poursuivi', 'rappelé', 'reconnu',
  'raconté', 'conclu', 'martelé', 'lancé', 'prévenu', 'déploré', 'commenté', 'tweeté', 'admis', 'promis',
  'répété', 'confirmé', 'démenti', 'regretté', 'plaidé', 'ironisé', 'résumé', 'noté', 'observé', 'signalé',
  'dénoncé', 'prédit', 'mis en garde', 'fait valoir', 'fait savoir', 'tranché', 'relevé', 'concédé', 'lâché',
];

/** Present-tense reporting verbs. Only trusted right after a closing mark ("», explique-t-il", "”, dit Biden"):
 *  elsewhere most of them are also nouns ("l’annonce de lundi", "une note"). */
const SPEECH_PRESENT = [
  'déclare', 'ajoute', 'explique', 'assure', 'dit', 'affirme', 'souligne', 'précise', 'indique', 'estime',
  'annonce', 'répond', 'écrit', 'confie', 'insiste', 'avertit', 'poursuit', 'rappelle', 'reconnaît', 'raconte',
  'conclut', 'martèle', 'lance', 'prévient', 'déplore', 'commente', 'admet', 'promet', 'répète', 'confirme',
  'regrette', 'plaide', 'ironise', 'résume', 'note', 'observe', 'signale', 'dénonce', 'tranche', 'relève',
  'concède', 'lâche', 'fait valoir', 'fait savoir',
];

/** Auxiliaries of the reporting verb: "a déclaré", "ont déclaré", "avait dit", "aurait affirmé". */
const SPEECH_AUXILIARIES = ['a', 'ont', 'avait', 'avaient', 'aurait', 'auraient'];

/** Adverbs that sit between the auxiliary and the participle ("Biden a également noté"): up to two are skipped. */
const SPEECH_ADVERBS = [
  'également', 'aussi', 'encore', 'ensuite', 'enfin', 'alors', 'déjà', 'notamment', 'toutefois', 'cependant',
  'néanmoins', 'pourtant', 'ainsi', 'récemment', 'publiquement', 'simplement', 'clairement', 'plus tard',
  'par ailleurs', 'lui-même', 'elle-même', 'd’ailleurs', 'immédiatement', 'aussitôt', 'souvent', 'même',
];

/** The inverted subject of "a-t-il déclaré", "ont-elles ajouté", "dit-il", "explique-t-elle". */
const INVERTED_PRONOUN = String.raw`-t-(?:il|elle|on)|-(?:ils|elles|il|elle|on)`;

const AUXILIARY_CUE =
  `(?<aux>${alternation(SPEECH_AUXILIARIES)})(?<inverted>${INVERTED_PRONOUN})?` +
  `(?:[\\s\\u00A0]+(?:${alternation(SPEECH_ADVERBS)})){0,2}[\\s\\u00A0]+(?<participle>${alternation(SPEECH_PARTICIPLES)})`;

// ---------------------------------------------------------------------------------------------------------------
// People: how the text names a person, and the roles it ties to them.

/** Roles a text uses instead of a name ("le président", "la maire", "le porte-parole"). A quote attributed to a
 *  role is credited to the person the text tied that role to, anywhere in the article. Plural roles are here so
 *  that "plusieurs responsables" reads as a role (it stays unresolved: no single person). */
const ROLES = [
  'président', 'présidente', 'premier ministre', 'première ministre', 'ministre', 'porte-parole', 'maire',
  'ambassadeur', 'ambassadrice', 'secrétaire', 'secrétaire d’état', 'général', 'générale', 'commandant',
  'commandante', 'chef', 'cheffe', 'directeur', 'directrice', 'gouverneur', 'gouverneure', 'sénateur', 'sénatrice',
  'député', 'députée', 'responsable', 'procureur', 'procureure', 'juge', 'chancelier', 'chancelière', 'roi',
  'reine', 'prince', 'princesse', 'pape', 'conseiller', 'conseillère', 'vice-président', 'vice-présidente',
  'dirigeant', 'dirigeante', 'patron', 'patronne', 'avocat', 'avocate', 'colonel', 'capitaine', 'amiral',
  'responsables', 'ministres', 'dirigeants', 'sénateurs', 'députés', 'porte-paroles', 'conseillers',
];

/** Lowercase particles inside a name: "Nasser al Shammari", "Ludwig van Beethoven". "de"/"du" are left out on
 *  purpose: "Biden de Washington" and "le gouverneur de Floride Ron DeSantis" are far more frequent in news than
 *  "Charles de Gaulle", and gluing a place to a name would make a wrong person. */
const NAME_PARTICLES = ['al', 'el', 'van', 'von', 'der', 'den', 'ter', 'bin', 'ben', 'ibn', 'abu', 'abou', 'ould'];

/** Arabic particles glued with a hyphen start a surname even in lowercase: "Mustafa al-Kadhimi". */
const ARABIC_PARTICLE = '(?:al|el|ad|ar|as|ash|at|az|bin|ben|ibn|abu|abou)';
const HYPHENATED_PARTICLE = String.raw`${ARABIC_PARTICLE}-\p{Lu}`;

/** One capitalised word of a name: "Joe", "Al-Kadhimi", "O’Brien", or a lowercase "al-Kadhimi". */
const NAME_WORD = `(?:\\p{Lu}[${WORD}]*(?:[’'\\-][${WORD}]+)*|${HYPHENATED_PARTICLE}[${WORD}]*(?:[’'\\-][${WORD}]+)*)`;

/** Capitalised words that begin sentences or titles but never belong to a person's name. The scanner drops them
 *  from the front of a run of capitalised words: "Le Président Joe Biden" names "Joe Biden". */
const NAME_STOPWORDS = [
  'le', 'la', 'les', 'l’', 'un', 'une', 'des', 'du', 'de', 'd’', 'ce', 'cet', 'cette', 'ces', 'il', 'elle',
  'ils', 'elles', 'on', 'nous', 'vous', 'je', 'tu', 'dans', 'avec', 'pendant', 'selon', 'comme', 'alors', 'mais',
  'et', 'ou', 'plusieurs', 'quelques', 'cela', 'ceci', 'pour', 'par', 'sur', 'sous', 'après', 'avant', 'depuis',
  'en', 'au', 'aux', 'à', 'si', 'quand', 'lors', 'notre', 'nos', 'votre', 'vos', 'leur', 'leurs', 'son', 'sa',
  'ses', 'mon', 'ma', 'mes', 'tous', 'tout', 'toute', 'toutes', 'chaque', 'aucun', 'aucune', 'qui', 'que',
  'quoi', 'où', 'mais', 'donc', 'or', 'ni', 'car', 'puis', 'ainsi', 'enfin', 'pourtant', 'cependant', 'bien',
  'même', 'entre', 'vers', 'chez', 'contre', 'malgré', 'sans', 'parmi', 'lorsque', 'puisque', 'tandis',
  'm.', 'mme', 'mlle', 'dr', 'me', 'mgr', 'sir', 'lord', 'monsieur', 'madame', 'photo', 'plus', 'source',
  'président', 'présidente', 'premier', 'première', 'ministre', 'secrétaire', 'porte-parole', 'maire',
  'ambassadeur', 'ambassadrice', 'général', 'générale', 'gouverneur', 'sénateur', 'sénatrice', 'député',
  'députée', 'juge', 'roi', 'reine', 'prince', 'princesse', 'pape', 'chancelier', 'chancelière', 'colonel',
  'capitaine', 'amiral', 'commandant', 'chef', 'directeur', 'directrice', 'vice-président', 'vice-présidente',
  'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche',
];

/** Words that make the following capitalised words a thing, not a person: "le Mouvement Nujaba" is a group. */
const DETERMINERS = [
  'le', 'la', 'les', 'l’', 'un', 'une', 'des', 'du', 'au', 'aux', 'ce', 'cet', 'cette', 'ces', 'son', 'sa', 'ses',
  'leur', 'leurs', 'notre', 'votre', 'mon', 'ma', 'mes', 'd’un', 'd’une',
];

/** Subject pronouns: the speaker is the last person the article quoted. */
const PRONOUNS = ['il', 'elle', 'ils', 'elles', 'on', 'lui', 'eux'];

/** Words that end the short gap between a role and the name it introduces: a verb or a conjunction there means the
 *  name is someone else ("la maire a rencontré Jean Dupont" does not make Jean Dupont the mayor). */
const TIE_GAP_STOPWORDS = [
  'a', 'ont', 'est', 'sont', 'était', 'étaient', 'avait', 'avaient', 'sera', 'serait', 'et', 'ou', 'mais', 'qui',
  'que', 'qu’', 'avec', 'lors', 'pour', 'par', 'selon', 'contre', 'entre', 'dans', 'sur', 'chez', 'vers', 'sans',
  'puis', 'alors', 'quand', 'comme', 'lorsque', 'tandis', 'rencontre', 'reçoit', 'reçu', 'face',
];

/** Prepositions that may introduce the role's complement inside that gap: "la maire de Lyon, Anne Dupuis",
 *  "l’ambassadeur irakien aux États-Unis, Fareed Yasseen". */
const TIE_GAP_PREPOSITIONS = ['de', 'du', 'des', 'd’', 'aux', 'au', 'à', 'en'];

// ---------------------------------------------------------------------------------------------------------------
// Dates: French temporal expressions, for the timeline.

const MONTHS = [
  'janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre',
  'décembre',
];
/** Month names as scrapes spell them, with or without accents. */
const MONTH_NUMBERS: ReadonlyMap<string, number> = new Map([
  ...MONTHS.map((month, index): [string, number] => [month, index + 1]),
  ['fevrier', 2], ['aout', 8], ['decembre', 12],
]);
const MONTH = alternation([...MONTH_NUMBERS.keys()]);
const WEEKDAY = alternation(['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche']);
const AMOUNT = String.raw`(?:quelques|plusieurs|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|douze|quinze|vingt|\d{1,3})`;
const UNIT = String.raw`(?:jours?|semaines?|mois|ans|années?|heures?|décennies?)`;
const SP = String.raw`[\s\u00A0]+`;

/** Relative expressions: they place an event in time without a calendar date ("la semaine dernière"). */
const RELATIVE_DATES = [
  `${AMOUNT}${SP}${UNIT}${SP}(?:plus${SP}tard|plus${SP}tôt|auparavant)`,
  `(?:il${SP}y${SP}a|dans|d[’']ici)${SP}(?:les${SP})?${AMOUNT}${SP}(?:(?:prochain|dernier)e?s${SP})?${UNIT}`,
  `(?:la${SP}semaine|l[’']année|la${SP}veille|le${SP}week-end)${SP}(?:dernière|prochaine|passée|dernier|prochain)`,
  `(?:le${SP}mois|l[’']an|l[’']été|l[’']hiver|l[’']automne|le${SP}printemps)${SP}(?:dernier|prochain|passé)`,
  `ce${SP}mois-ci|cette${SP}semaine|cette${SP}année|ce${SP}mois|cet${SP}été|cet${SP}hiver|cet${SP}automne|ce${SP}printemps`,
  `ce${SP}(?:matin|soir|week-end)|cet${SP}après-midi|ce${SP}jour-là|le${SP}lendemain|la${SP}veille`,
  `d[’']ici${SP}(?:à${SP})?la${SP}fin${SP}(?:de${SP}l[’']année|du${SP}mois|de${SP}la${SP}semaine|de${SP}l[’']été|de${SP}\d{4}|d[’']année)`,
  `plus${SP}(?:tôt|tard)${SP}(?:cette${SP}(?:année|semaine)|dans${SP}la${SP}(?:journée|semaine|soirée))`,
  `aujourd[’']hui|avant-hier|après-demain|hier(?:${SP}(?:soir|matin|après-midi))?|demain(?:${SP}(?:soir|matin))?`,
].join('|');

// ---------------------------------------------------------------------------------------------------------------

export const RULES = {
  // --- Lines -----------------------------------------------------------------------------------------------------

  /** Scrapes mix LF, CRLF and lone CR (old Mac exports): each is one line break. Every non-empty line is a block,
   *  whether blank lines or single line breaks separate the paragraphs. */
  lineBreak: /\r\n|\r|\n/,

  /** A UTF-8 byte order mark, left by some editors at the start of the file; it is not text. */
  byteOrderMark: '\uFEFF',

  /** Runs of spaces or tabs inside a line are scrape noise (a removed link or image leaves two spaces).
   *  Collapsed to one space and kept as a 'whitespace' repair. */
  innerSpaceRun: /[ \t]{2,}/g,

  /** A line with no letter and no digit ("***", "—", "…") carries nothing a reader can use. */
  hasWordCharacter: new RegExp(`[${WORD}]`, 'u'),

  // --- Site furniture --------------------------------------------------------------------------------------------

  /** Footers the scraper copied from the page around the article. "none" glued after them is the scraper
   *  printing an empty comment counter ("Laisser un commentairenone"). */
  siteFooter: /^(?:source link|lien source|laisser un commentaire|laisser une réponse|leave a comment|leave a reply)(?:none)?$/i,

  /** The same footers glued to the end of a content line ("…abcnews.go.comSource link"). Case-sensitive: the
   *  scrape writes them capitalised, and an article sentence never ends with these exact words. */
  gluedFooter: /(?:Source link|Lien source|Laisser un commentaire|Leave a comment)(?:none)?$/,

  /** The word "none" alone on a line: the scraper's printout of an empty field. */
  scrapeNoise: /^none$/i,

  /** "TITLE paru à l’origine sur SITE" closes republished articles: it gives the source and is not a paragraph.
   *  Only the last word matters, so the title part may differ from the real title after translation. */
  sourceLine: /(?:^|[\s\u00A0])(?:paru|parue|publié|publiée|publie|publiee)[\s\u00A0]+(?:à|a)[\s\u00A0]+l[’'‘`]origine[\s\u00A0]+sur[\s\u00A0]+(\S+?)\.?$/iu,

  // --- Captions and related headlines --------------------------------------------------------------------------

  /** "PHOTO : caption (Name/Agency)": the image was not scraped, the caption is what remains. Any case, any spacing
   *  around the colon: scrapes write "PHOTO :", "Photo:" and "PHOTOS :". */
  captionLabel: /^photos?[\s\u00A0]*:[\s\u00A0]*/iu,

  /** A credit is a short trailing parenthesis with a slash, "(Susan Walsh/AP)". A parenthesis without a slash is
   *  description ("(à gauche)"); a long one is part of the caption. Checked with a scan, not a regex, because a
   *  pattern like /\(([^()]*\/[^()]*)\)$/ backtracks quadratically on "(/////…". */
  creditMaxChars: 80,

  /** "PLUS : headline" teases another story of the site. Uppercase only: "Plus : …" can open a sentence of prose. */
  relatedLabel: /^PLUS[\s\u00A0]*:[\s\u00A0]*/u,

  // --- Contributors ----------------------------------------------------------------------------------------------

  /** "NAME d’ORG a contribué à ce rapport." The end of the line is enough to recognise it. */
  contributorTail: /[\s\u00A0](?:a|ont)[\s\u00A0]+contribué[\s\u00A0]+(?:à|a)[\s\u00A0]+(?:ce|cette|cet)[\s\u00A0]+(?:rapport|reportage|article|enquête)[\s\u00A0]*\.?$/iu,

  /** Credit lines are short; longer lines are prose that happens to end like one, and skipping them bounds the cost. */
  contributorLineMaxChars: 300,

  /** Between the names and the organisation: "Libby Cathey d’ABC News", "A et B de Reuters". */
  contributorOrganisation: /^(?:de|du|des|d[’'])$/iu,

  /** How several contributors are listed: "A, B et C". */
  contributorSeparator: /[\s\u00A0]*,[\s\u00A0]*|[\s\u00A0]+(?:et|and)[\s\u00A0]+/u,

  // --- Repairs ---------------------------------------------------------------------------------------------------

  /** Machine translation leaks the grammatical gender of the next word as a tag: "COVID-19[femininevaccins",
   *  sometimes closed "[masculine]". The tag goes, and a space is put back if the words were glued. */
  genderTag: /\[(?:feminine|masculine|neuter)\]?/giu,

  /** A sentence mark followed by a stray period: "terroriste. ." → "terroriste.". A spaced ellipsis ". . ." is
   *  writing, not an artifact, and so are "!!", "??" and "...": none of them has a space before a lone period. */
  doubledEndMark: /[.!?…][ \t\u00A0\u202F]+\.(?=\s|$)/gu,

  /** Exactly two periods after a word ("fin.."): one is a typo. Three is an ellipsis and stays. */
  doubledPeriod: /\.\.(?<=[\p{L}\p{N}»”"')\]]\.\.)(?!\.)(?=\s|$)/gu,

  /** How much text around a repair the editor sees in the review list. */
  repairExcerptChars: 24,

  // --- Ids -------------------------------------------------------------------------------------------------------

  /** Ids are `<slug>-<hash>`. The slug (the first words) keeps links readable and lets the app find a paragraph
   *  again after its text was corrected (same opening words, new hash); the hash of the full text keeps ids
   *  unique without depending on position, so that inserting or removing a paragraph changes no other id. */
  slugMaxWords: 6,
  slugMaxChars: 40,
  /** 4 base-36 characters: 1.7 million values, plenty to tell apart the paragraphs of one article. */
  hashChars: 4,
  idPrefix: { caption: 'photo', related: 'plus', quote: 'citation' },
  /** Letters that Unicode decomposition does not fold to ASCII. */
  asciiFolds: { œ: 'oe', æ: 'ae', ß: 'ss', ø: 'o', đ: 'd', ł: 'l', þ: 'th', ð: 'd', ı: 'i', ŀ: 'l' } as Readonly<Record<string, string>>,

  // --- Quotes ----------------------------------------------------------------------------------------------------

  /** Opening and closing marks of direct speech. Straight quotes open and close with the same character. */
  quoteMarks: [
    { open: '«', close: '»' },
    { open: '“', close: '”' },
    { open: '"', close: '"' },
  ],

  /** A quote mark right after "=" is an attribute value quoted from markup (onerror="…", href="…"), not speech. */
  markupQuotePrefix: '=',
  /** A straight quote right after "(", "[", "{" or "," opens a string of quoted code (alert("x"), f(a,"b")):
   *  prose puts a space before its quotes. Curly quotes are left alone there: "(“truc bon marché”)" is prose. */
  codeStringPrefixes: '([{,',

  /** Backticks delimit code quoted in an article; beyond this distance a backtick is a stray apostrophe. */
  codeSpanMaxChars: 200,

  /** "<" followed by a letter, "/" or "!" opens a tag quoted from markup; its attribute quotes are not speech.
   *  A ">" farther than this is not the tag's end. */
  tagStart: /^[A-Za-z/!]$/,
  tagMaxChars: 500,

  /** Sentence marks: the attribution of a quote must be in the quote's own sentence. */
  sentenceEnd: /^[.!?…]$/u,

  /** How far before the opening mark the parser looks for "X a déclaré que". Reported speech rarely puts more
   *  than this between the verb and the quote; bounding it keeps each quote's cost constant however long the
   *  paragraph is (a 1 MB line of quotes stays linear). */
  attributionBeforeChars: 300,
  /** How far after the closing mark the parser looks for ", a déclaré X" and its speaker. */
  attributionAfterChars: 160,
  /** The speaker phrase after a cue ends at the sentence's end, a semicolon or the next quote mark. */
  speakerPhraseEnd: /[.;:!?…](?=[\s\u00A0]|$)|[«“"]/u,

  /** "X a déclaré (dans un communiqué) que …« quote »" or "…, selon X, …« quote »": the last one before the quote wins. */
  cueBeforeQuote: new RegExp(`${NOT_AFTER_WORD}(?:${AUXILIARY_CUE}|(?<selon>selon))${NOT_BEFORE_WORD}`, 'giu'),

  /** "« quote », a déclaré X", "”, a-t-il ajouté", "», explique Biden", "”, selon X": right after the closing mark. */
  cueAfterQuote: new RegExp(
    `^[\\s\\u00A0\\u202F,—–-]*(?:${AUXILIARY_CUE}|(?<present>${alternation(SPEECH_PRESENT)})(?<presentInverted>${INVERTED_PRONOUN})?|(?<selon>selon))${NOT_BEFORE_WORD}`,
    'iu',
  ),

  // --- People ----------------------------------------------------------------------------------------------------

  /** A run of capitalised words, with lowercase particles between them. Not preceded by a letter or an apostrophe,
   *  so the "Iran" of "d’Iran" is not a name. */
  nameRun: new RegExp(
    `(?=\\p{Lu}|${ARABIC_PARTICLE}-)(?<![${WORD}’'\\-])${NAME_WORD}(?:[ \\u00A0]+(?:(?:${alternation(NAME_PARTICLES)})[ \\u00A0]+)?${NAME_WORD})*`,
    'gu',
  ),
  /** Elided articles glued to a capitalised word: "L’ambassadeur", "d’ABC". */
  elision: /^(?:[ldjmnst]|qu|jusqu|lorsqu|puisqu)[’']/iu,
  nameParticles: wordSet(NAME_PARTICLES),
  /** A person's name has a few words; a longer run of capitals is a title or a shouted sentence. */
  nameMaxWords: 6,
  nameStopwords: wordSet(NAME_STOPWORDS),
  determiners: wordSet(DETERMINERS),
  pronouns: wordSet(PRONOUNS),
  /** A role word. An apostrophe may precede it ("L’ambassadeur"), a hyphen may not ("vice-président" is its own role). */
  role: new RegExp(`${NOT_AFTER_WORD}(?<!-)(?:${alternation(ROLES)})(?![${WORD}\\-])`, 'giu'),
  roles: wordSet(ROLES),
  tieGapStopwords: wordSet(TIE_GAP_STOPWORDS),
  tieGapPrepositions: wordSet(TIE_GAP_PREPOSITIONS),
  /** A participle in the gap ("la maire élue", fine; "la maire rencontrée" is rare): words ending like one end the
   *  gap, so "le ministre a rencontré Jean Dupont" does not make Jean Dupont the minister. */
  participleEnding: /(?:é|ée|és|ées)$/u,
  /** Between a role and its name there are at most a few words ("Premier ministre irakien Mustafa Al-Kadhimi"). */
  tieGapMaxWords: 5,
  tieLookChars: 120,
  /** A word, for the small scans of speaker phrases and tie gaps (only ever run on bounded slices). */
  word: new RegExp(`[${WORD}]+(?:[’'\\-][${WORD}]+)*[’']?|,`, 'gu'),
  /** An opening capital: the first letter of a name. */
  capital: /^\p{Lu}/u,

  // --- Dates -----------------------------------------------------------------------------------------------------

  /** "26 juillet 2021", "1er janvier 2020", "lundi 26 juillet": a day. Without a year it has no ISO date. */
  dayDate: new RegExp(
    `${FIRST('0-9lmjvsd')}${NOT_AFTER_WORD}(?:(?:${WEEKDAY})${SP})?(?<day>1er|[0-3]?\\d)${SP}(?<month>${MONTH})(?:${SP}(?<year>\\d{4}))?${NOT_BEFORE_WORD}`,
    'giu',
  ),
  /** "janvier 2020": a month. A month name without a year ("en mai") is too often something else to count. */
  monthDate: new RegExp(`${FIRST('jfmasondé')}${NOT_AFTER_WORD}(?<month>${MONTH})${SP}(?<year>\\d{4})${NOT_BEFORE_WORD}`, 'giu'),
  /** "2020": a year, 1900-2099. Wider ranges catch counts ("1500 soldats"); a digit group around it ("12 2020",
   *  "2020 000") means a number, not a year. */
  yearDate: /(?<![\p{L}\p{M}\p{N}\-–/.,])(?<year>19\d\d|20\d\d)(?![\p{L}\p{M}\p{N}\-–/])/gu,
  numberGroupBefore: /\d[ \u00A0\u202F]$/u,
  numberGroupAfter: /^[ \u00A0\u202F]\d/u,
  /** "lundi", "jeudi soir", "mardi dernier": relative to the article's own date, which the scrape lacks. */
  weekdayDate: new RegExp(
    `${FIRST('lmjvsd')}${NOT_AFTER_WORD}(?:${WEEKDAY})(?:${SP}(?:matin|après-midi|soir|midi|dernier|prochain))?${NOT_BEFORE_WORD}`,
    'giu',
  ),
  relativeDate: new RegExp(`${FIRST('0-9qpdtcshnvilea')}${NOT_AFTER_WORD}(?:${RELATIVE_DATES})${NOT_BEFORE_WORD}`, 'giu'),
  monthNumbers: MONTH_NUMBERS,
} as const;
