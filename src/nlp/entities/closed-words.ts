// Closed-class word lists shared by the name finder and the speaker finder. Lower-cased. They are gathered
// here, with no imports, so that lexicon.ts can fold them into one table without an import cycle.

const set = (words: string): Set<string> => new Set(words.trim().split(/\s+/));

// Capitalised words that begin sentences or name times, never part of a name at a run's edge.
// "Of" is here for a sentence that opens on its topic: "Of Carson, Levine said" names no "Of Carson".
// "Nobody", "None", "Nothing", "Neither" are negative pronouns: "Nobody asked" names no one who could speak.
export const EDGE_STOP = new Set(
  `the a an but and or of in on at for with from to by as if when while after before since this that these those it he she they we i you
his her their its our my your there here what who why how where which still yet so also then now meanwhile however although though
even just only last next other another some many most both all each every no not yes dear said says asked like unlike despite during
under over among between according without within upon via per than whether because unless until once instead indeed perhaps
maybe sure well oh ok okay thanks thank please let let’s mr mrs ms monday tuesday wednesday thursday friday saturday sunday january
february march april june july august september october november december jan. feb. mar. apr. jun. jul. aug. sept. sep. oct. nov.
dec. today tonight yesterday tomorrow later earlier afterward afterwards instead often nobody none nothing neither`.split(/\s+/),
);

// Lower-case particles inside names ("Bank of England", "Ursula von der Leyen").
export const CONNECTORS = new Set(["of", "de", "la", "van", "von", "der", "den", "del", "da", "di", "du", "al", "bin", "ibn", "le", "el", "al-", "dos", "das"]);

// Adverbs and auxiliaries that may stand between a speaker and the verb ("Trump also said", "Cruz has argued").
export const BETWEEN_SUBJECT_AND_VERB = new Set(
  `also later then has had have previously once recently again often repeatedly further would will did does just initially first
finally long earlier since still even already never always had been has been reportedly publicly privately subsequently
immediately afterward afterwards then- could can may might should must only now`.split(/\s+/),
);

// Words that bound a speaker's noun phrase: "the official [told]", "[said] he".
export const PRONOUNS = set("he she they it we i you who");

export const DETERMINERS = set("the a an one another two three several some many most both all each this that these those his her their its our my your");

/** Words that never belong to a speaker noun phrase: they end it. */
export const NP_BREAKERS = set(`
and or but nor so yet for of in on at by with from to into onto about over under after before during since until while as than
that which who whom whose what when where why how if because although though whether not no is was are were be been being am
do does did has have had will would shall should can could may might must said says say told tells added adds asked wrote
also then later there here it he she they we i you him her them us me his their our my your its this these those said,`);

// A name right after one of these is an object ("on Twitter", "with Trump"), not a subject.
export const PREPOSITIONS = new Set([
  "on", "in", "at", "to", "with", "from", "for", "by", "of", "about", "into", "during", "after", "before", "against", "like",
  "than", "toward", "towards", "via", "over", "under", "between", "among", "behind", "beside", "besides", "near", "despite",
  "through", "throughout", "across", "around", "along", "inside", "outside", "within", "without", "upon", "onto", "beyond",
]);
