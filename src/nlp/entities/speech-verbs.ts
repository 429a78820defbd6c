// Verbs of saying, in every inflection, for attribution cues ("X said", "said X", "X tweeted:").

/** Regular verbs of saying (base forms); inflections are derived below. */
const REGULAR = `add admit affirm agree allege announce answer argue ask assert boast brag caution charge chide chime claim comment complain
concede conclude confirm contend continue counter cry declare decry demand deny describe emphasize emphasise exclaim explain insist
interject joke lament maintain mention mock muse note object observe offer opine plead point post predict press proclaim promise
protest question quip rail reason recall recount reiterate remark reply report respond retort scoff scream shout sigh snap sneer state
stress suggest tease testify thunder tout tweet urge vent venture vow warn whisper wonder worry yell gush marvel acknowledge hint
posit recollect relay repeat reveal share summarize summarise text email e-mail blog message quote caution fume huff grumble
scold slam blast lash praise hail criticize criticise accuse label term brand dub call concur ponder theorize surmise estimate
speculate guess figure remind inform assure advise instruct pledge confide insist interrupt begin attack denounce condemn ridicule
deride dismiss lambaste blame defend applaud echo thank vent preach chant boom remember reflect exhort bark growl blurt
murmur mutter gasp laugh smile elaborate retaliate riff react demur`;

/** Irregular forms, listed whole. */
const IRREGULAR = `say says said saying tell tells told telling write writes wrote written writing read reads reading speak speaks spoke spoken
speaking go_on goes_on went_on going_on put puts putting begin begins began begun beginning think thinks thought thinking sing sings sang sung singing`;

const DOUBLING = new Set(["admit", "quip", "snap", "chime", "plead", "vow", "begin", "scan", "rebut", "refer", "confer", "blog", "demur"]);

function inflect(base: string): string[] {
  const forms = [base];
  if (base.endsWith("e")) forms.push(base + "s", base + "d", base.slice(0, -1) + "ing");
  else if (base.endsWith("y") && !/[aeiou]y$/.test(base)) forms.push(base.slice(0, -1) + "ies", base.slice(0, -1) + "ied", base + "ing");
  else if (/(s|sh|ch|x|z)$/.test(base)) forms.push(base + "es", base + "ed", base + "ing");
  // "qu" sounds as one consonant: "quip" doubles like "snap" ("quipped").
  else if (DOUBLING.has(base) && /(?:qu|[^aeiou])[aeiou][^aeiouwy]$/.test(base)) {
    const last = base.slice(-1);
    forms.push(base + "s", base + last + "ed", base + last + "ing");
  } else forms.push(base + "s", base + "ed", base + "ing");
  return forms;
}

const ALL = new Set<string>();
for (const base of REGULAR.trim().split(/\s+/)) for (const form of inflect(base)) ALL.add(form);
for (const form of IRREGULAR.trim().split(/\s+/)) ALL.add(form.replace(/_/g, " "));
ALL.add("pleaded");
ALL.add("pled");

/** Verbs that introduce a full quotation on their own ("said", "told", "tweeted"); a subset of all speech verbs. */
const CORE = new Set(
  `say says said tell tells told add adds added ask asks asked write writes wrote tweet tweets tweeted post posts posted state states stated
explain explains explained note notes noted continue continues continued reply replies replied respond responds responded declare
declares declared insist insists insisted argue argues argued recall recalls recalled warn warns warned quip quips quipped joke jokes
joked exclaim exclaims exclaimed remark remarks remarked answer answers answered comment comments commented shout shouts shouted yell
yells yelled write writes wrote read reads concede concedes conceded conclude concludes concluded acknowledge acknowledges
acknowledged admit admits admitted testify testifies testified tweet texted emailed e-mailed announced announce announces predicted
stressed emphasized emphasised observed offered mused lamented complained boasted bragged claimed contended retorted countered
scoffed snapped sighed whispered cried thundered vowed promised pledged urged suggested confirmed denied reiterated repeated
interjected chimed noted opined reasoned told`.split(/\s+/),
);

// Words that are nouns more often than verbs in their base and -s forms ("a campaign message", "the
// following comment"): only their past and -ing forms count ("messaged", "commenting").
const NOUNISH = `message text email e-mail post blog quote share figure question offer answer comment report claim reply note
remark protest object counter press point charge demand joke cry caution vent mention promise plead guess estimate tweet
statement call label term brand dub echo attack blame thank chant boom sigh snap muse cry insist state remember`;
for (const base of NOUNISH.trim().split(/\s+/)) {
  ALL.delete(base);
  ALL.delete(base.endsWith("y") ? base.slice(0, -1) + "ies" : /(s|sh|ch|x)$/.test(base) ? base + "es" : base + "s");
}
// Present tense stays a cue for the most common verbs of saying ("he notes", "she adds"). Not "points": bare, it is
// mostly the noun ("the same campaign points, calling him"); "points out" stays a cue as a phrasal verb.
for (const form of ["notes", "claims", "tweets", "quotes", "replies", "answers", "insists", "promises", "charges"]) ALL.add(form);

const NOUNISH_FORMS = new Set<string>();
for (const base of NOUNISH.trim().split(/\s+/)) for (const form of inflect(base)) NOUNISH_FORMS.add(form);

/**
 * Also true for the base and -s forms of words that are usually nouns ("states", "reads"): for places
 * where only a verb can stand, such as right after a subject ("a voice-over in the ad states").
 */
export function isSpeechVerbInVerbSlot(lower: string): boolean {
  return ALL.has(lower) || NOUNISH_FORMS.has(lower);
}

const BASE_FORMS = new Set(REGULAR.trim().split(/\s+/));

/** True for the plain form of a regular verb of saying ("retort", "worry"): no past tense, no third person. */
export function isSpeechVerbBase(lower: string): boolean {
  return BASE_FORMS.has(lower);
}

/** True for any lower-cased inflection of a verb of saying. */
export function isSpeechVerb(lower: string): boolean {
  return ALL.has(lower);
}

/** True for verbs that typically introduce a whole quotation ("said", "told", "tweeted"). */
export function isCoreSpeechVerb(lower: string): boolean {
  return CORE.has(lower);
}

/** Every form of the three lists above, for lexicon.ts: [any verb form, verb-slot-only form, core verb form]. */
export function speechVerbForms(): [ReadonlySet<string>, ReadonlySet<string>, ReadonlySet<string>] {
  return [ALL, NOUNISH_FORMS, CORE];
}

/** Verbs of saying in two words ("went on", "shot back"), keyed by the first word. */
export const PHRASAL_VERBS: ReadonlyMap<string, string> = new Map([
  ["went", "on"], ["goes", "on"], ["go", "on"], ["going", "on"], ["shot", "back"], ["fired", "back"], ["hit", "back"],
  ["pushed", "back"], ["chimed", "in"], ["weighed", "in"], ["pointed", "out"], ["points", "out"], ["shoots", "back"],
  ["fires", "back"], ["hits", "back"], ["spoke", "up"], ["summed", "up"],
]);
