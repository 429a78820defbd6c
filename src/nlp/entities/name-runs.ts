import { genderOfGivenName, isGivenName, type Gender } from "./first-names.js";
import { DEMONYMS, KNOWN_ORGS, ORG_WORDS, PLACES } from "./org-place-words.js";
import { HONORIFICS, OFFICE_WORDS, ROLE_MODIFIERS, ROLE_NOUNS, TITLE_WORDS } from "./role-words.js";
import { F_CAP, F_POSS, F_SENT, F_UPPER, F_WORD, type WordTable } from "./word-table.js";

export type RunKind = "person" | "organization" | "place" | "unknown";

/** A capitalised run of words, split into an optional title part and the name itself (token indices, inclusive). */
export interface NameRun {
  first: number;
  last: number;
  kind: RunKind;
  /** Title tokens inside the run, right before the name ("U.S. Secretary of State"). */
  titleFirst: number;
  titleLast: number;
  /** Gender from an honorific, a gendered title or the given name. */
  gender?: Gender;
  /** The name carried a courtesy title or a title: it is certainly a person. */
  titled: boolean;
}

// Capitalised words that begin sentences or name times, never part of a name at a run's edge.
export const EDGE_STOP = new Set(
  `the a an but and or in on at for with from to by as if when while after before since this that these those it he she they we i you
his her their its our my your there here what who why how where which still yet so also then now meanwhile however although though
even just only last next other another some many most both all each every no not yes dear said says asked like unlike despite during
under over among between according without within upon via per than whether because unless until once instead indeed perhaps
maybe sure well oh ok okay thanks thank please let let’s mr mrs ms monday tuesday wednesday thursday friday saturday sunday january
february march april june july august september october november december jan. feb. mar. apr. jun. jul. aug. sept. sep. oct. nov.
dec. today tonight yesterday tomorrow later earlier afterward afterwards instead often`.split(/\s+/),
);

// Lower-case particles inside names ("Bank of England", "Ursula von der Leyen").
const CONNECTORS = new Set(["of", "de", "la", "van", "von", "der", "den", "del", "da", "di", "du", "al", "bin", "ibn", "le", "el", "al-", "dos", "das"]);

function isCapWord(t: WordTable, i: number): boolean {
  const f = t.flags[i] ?? 0;
  return (f & F_WORD) !== 0 && (f & F_CAP) !== 0;
}

/** All capitalised runs of the document, classified, in order. */
export function findNameRuns(t: WordTable): NameRun[] {
  const runs: NameRun[] = [];
  let i = 0;
  while (i < t.count) {
    if (!isCapWord(t, i)) {
      i++;
      continue;
    }
    let last = i;
    let j = i + 1;
    while (j < t.count && ((t.flags[last] ?? 0) & F_POSS) === 0) {
      const f = t.flags[j] ?? 0;
      if ((f & F_SENT) !== 0) break;
      if (isCapWord(t, j)) {
        last = j++;
        continue;
      }
      // "Sen. Ted Cruz | of Texas", "Meenakshi Ganguly | of Human Rights Watch": the person ends before "of".
      if (t.lower[j] === "of" && personBeforeOf(t, i, last, j)) break;
      if (CONNECTORS.has(t.lower[j] ?? "") && isCapWord(t, j + 1) && ((t.flags[j + 1] ?? 0) & F_SENT) === 0) {
        j++;
        continue;
      }
      // "Speaker of the House", "Bank of the West"
      if (t.lower[j] === "of" && t.lower[j + 1] === "the" && isCapWord(t, j + 2)) {
        j += 2;
        continue;
      }
      // "Commission on Presidential Debates", "Center for American Progress"
      if ((t.lower[j] === "on" || t.lower[j] === "for") && ORG_WORDS.has(t.lower[last] ?? "") && isCapWord(t, j + 1)) {
        j++;
        continue;
      }
      break;
    }
    const run = classifyRun(t, i, last);
    if (run) runs.push(run);
    i = last + 1;
  }
  return runs;
}

/** A plain capitalised word: no title, office, organisation, place or sentence word. */
function isPlainNameWord(t: WordTable, k: number): boolean {
  const lower = t.lower[k] ?? "";
  return isCapWord(t, k) && ((t.flags[k] ?? 0) & F_UPPER) === 0 && !ORG_WORDS.has(lower) && !TITLE_WORDS.has(lower) &&
    !HONORIFICS.has(lower) && !OFFICE_WORDS.has(lower) && !EDGE_STOP.has(lower) && !PLACES.has(lower) && !KNOWN_ORGS.has(lower);
}

const MAX_TAIL_WORDS = 5;

/**
 * The run [first, last] ends in a person's name and what follows "of" at `of` is where they are from or
 * work: a place, an organisation, or anything after a given name or title ("Ted Cruz of Texas").
 */
function personBeforeOf(t: WordTable, first: number, last: number, of: number): boolean {
  if (last - first < 1 || !isPlainNameWord(t, last) || !isPlainNameWord(t, last - 1)) return false;
  for (let k = first; k <= last; k++) if (ORG_WORDS.has(t.lower[k] ?? "")) return false;
  if (isGivenName(t.lower[last - 1] ?? "")) return true;
  for (let k = first; k < last - 1; k++) if (TITLE_WORDS.has(t.lower[k] ?? "") || HONORIFICS.has(t.lower[k] ?? "")) return true;
  let k = t.lower[of + 1] === "the" ? of + 2 : of + 1;
  const tailFirst = k;
  for (; k < t.count && k - tailFirst < MAX_TAIL_WORDS && isCapWord(t, k); k++) if (ORG_WORDS.has(t.lower[k] ?? "")) return true;
  return k > tailFirst && PLACES.has(joinLower(t, tailFirst, k - 1));
}

function classifyRun(t: WordTable, from: number, to: number): NameRun | null {
  let first = from;
  let last = to;
  while (first <= last && EDGE_STOP.has(t.lower[first] ?? "")) first++;
  while (last >= first && EDGE_STOP.has(t.lower[last] ?? "")) last--;
  while (last > first && (t.lower[last] === "of" || CONNECTORS.has(t.lower[last] ?? ""))) last--;
  if (first > last) return null;
  // "They’re", "I’m": contractions of function words are never names.
  if (first === last && /^[a-z]+['’][a-z]+$/.test(t.lower[first] ?? "") && EDGE_STOP.has((t.lower[first] ?? "").split(/['’]/)[0] ?? "")) return null;
  // "Vermonter Bernie Sanders": a descriptor in front of a given name is not part of the name.
  if (last - first >= 2 && isGivenName(t.lower[first + 1] ?? "") && !isGivenName(t.lower[first] ?? "") && !TITLE_WORDS.has(t.lower[first] ?? "") && !HONORIFICS.has(t.lower[first] ?? "")) first++;
  const whole = joinLower(t, first, last);
  if (first === last && isCommonPlural(whole)) return null;
  if (KNOWN_ORGS.has(whole)) return plain(first, last, "organization");
  if (PLACES.has(whole)) return plain(first, last, "place");
  if (DEMONYMS.has(whole) || ROLE_MODIFIERS.has(whole) || TITLE_WORDS.has(whole) || OFFICE_WORDS.has(whole)) return null;
  // "Lee County", "Atlantic City": a place even when its first word is a given name.
  if (first < last && PLACE_HEADS.has(t.lower[last] ?? "")) return plain(first, last, "place");

  // The last title word with a name after it splits the run: "Texas Sen. | Ted Cruz", "Secretary of State | Antony Blinken".
  let titleLast = -1;
  let gender: Gender | undefined;
  let honorific = false;
  for (let k = first; k < last; k++) {
    const lower = t.lower[k] ?? "";
    if (HONORIFICS.has(lower)) {
      titleLast = k;
      honorific = true;
      gender = HONORIFICS.get(lower);
    } else if (TITLE_WORDS.has(lower)) {
      let end = k;
      while (end + 2 <= last && t.lower[end + 1] === "of" && OFFICE_WORDS.has(t.lower[end + 2] ?? "")) {
        end += 2;
        while (end + 1 < last && OFFICE_WORDS.has(t.lower[end + 1] ?? "")) end++;
      }
      if (end < last) {
        titleLast = end;
        honorific = false;
        k = end;
      }
    }
  }
  let nameFirst = titleLast >= 0 ? titleLast + 1 : first;
  while (nameFirst < last && (DEMONYMS.has(t.lower[nameFirst] ?? "") || ROLE_MODIFIERS.has(t.lower[nameFirst] ?? ""))) nameFirst++;
  for (let k = nameFirst; k <= last; k++) {
    const lower = t.lower[k] ?? "";
    if (ORG_WORDS.has(lower) || (lower.includes("-") && ORG_WORDS.has(lower.slice(lower.lastIndexOf("-") + 1)))) {
      // "Chicago Sun-Times" names a newspaper as "Chicago Times" would.
      return plain(first, last, "organization");
    }
  }
  const name = joinLower(t, nameFirst, last);
  if (KNOWN_ORGS.has(name)) return plain(nameFirst, last, "organization");
  if (PLACES.has(name)) return titleLast >= 0 ? null : plain(nameFirst, last, "place");
  const given = t.lower[nameFirst] ?? "";
  if (!gender) gender = genderOfGivenName(given);
  const titled = titleLast >= 0;
  let kind: RunKind = "unknown";
  // Shouted headlines ("RED STATES OUTNUMBER BLUE") and long title-case runs are not names.
  if (last - nameFirst >= MAX_NAME_WORDS || (last > nameFirst && allUpper(t, nameFirst, last))) return null;
  if (titled || (nameFirst < last && isGivenName(given))) kind = "person";
  else if (nameFirst === last && ((t.flags[last] ?? 0) & F_UPPER) !== 0) kind = "organization";
  const run: NameRun = {
    first: nameFirst,
    last,
    kind,
    titleFirst: titled && !honorific ? first : -1,
    titleLast: titled && !honorific ? titleLast : -1,
    titled,
  };
  if (!gender && titled) gender = genderOfTitle(t, first, titleLast);
  if (gender) run.gender = gender;
  return run;
}

/** "Officials", "Delegates", "Republicans" open sentences as common nouns, not names. */
export function isCommonPlural(lower: string): boolean {
  if (!lower.endsWith("s")) return false;
  const singular = lower.endsWith("ies") ? lower.slice(0, -3) + "y" : lower.slice(0, -1);
  return ROLE_NOUNS.has(singular) || ROLE_NOUNS.has(lower) || DEMONYMS.has(singular) || COMMON_PLURALS.has(lower);
}

const COMMON_PLURALS = new Set(
  `democrats republicans americans voters critics supporters protesters delegates experts analysts observers residents others
people leaders lawmakers members officials sources aides advisers advisors students parents women men families workers
conservatives liberals progressives independents evangelicals christians muslims jews catholics immigrants refugees polls
police troops forces authorities investigators prosecutors democratics organizers activists fans viewers readers republican
democrat latinos hispanics blacks whites asians`.split(/\s+/),
);

const MAX_NAME_WORDS = 4;

const PLACE_HEADS = new Set(["county", "city", "township", "parish", "province", "borough", "island", "islands", "beach"]);

function allUpper(t: WordTable, first: number, last: number): boolean {
  for (let k = first; k <= last; k++) if (((t.flags[k] ?? 0) & F_UPPER) === 0 && (t.lower[k] ?? "").length > 1) return false;
  return true;
}

function genderOfTitle(t: WordTable, from: number, to: number): Gender | undefined {
  for (let k = from; k <= to; k++) {
    const lower = t.lower[k] ?? "";
    if (lower === "congresswoman" || lower === "spokeswoman" || lower === "chairwoman" || lower === "queen" || lower === "princess") return "female";
    if (lower === "congressman" || lower === "spokesman" || lower === "chairman" || lower === "king" || lower === "prince" || lower === "pope") return "male";
  }
  return undefined;
}

function plain(first: number, last: number, kind: RunKind): NameRun {
  return { first, last, kind, titleFirst: -1, titleLast: -1, titled: false };
}

/** The run's words, lower-cased and joined by one space. */
export function joinLower(t: WordTable, first: number, last: number): string {
  if (first === last) return t.lower[first] ?? "";
  let s = t.lower[first] ?? "";
  for (let k = first + 1; k <= last; k++) s += " " + (t.lower[k] ?? "");
  return s;
}
