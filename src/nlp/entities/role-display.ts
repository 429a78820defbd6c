import { L_OFFICE, L_ROLE_NOUN, L_TITLE } from "./lexicon.js";
import { F_CAP, F_SENT, F_UPPER, wordBits, type WordTable } from "./word-table.js";
import type { RoleRange } from "./role-phrases.js";

// Why: news style abbreviates a title only right before a name ("Texas Sen. Ted Cruz") and spells it out
// everywhere else ("the Texas senator"). A role shown after the name ("Ted Cruz, Texas Sen.") has lost the
// name it abbreviated for, so a final abbreviation is spelled out, lower-cased and made singular (one person
// holds it: "Sens. Cruz and Rubio" makes each a senator). When it is a second title stacked after a full role
// ("Republican vice-presidential nominee Gov. Mike Pence"), the full role already says who the person is and
// the abbreviation is dropped instead of being spelled out into "nominee governor".
const SPELLED_OUT = new Map<string, string>(
  (
    "sen.:senator sens.:senator sen:senator rep.:representative reps.:representative rep:representative gov.:governor " +
    "gov:governor lt.:lieutenant lt:lieutenant gen.:general gen:general col.:colonel col:colonel maj.:major maj:major " +
    "capt.:captain capt:captain sgt.:sergeant sgt:sergeant adm.:admiral adm:admiral cmdr.:commander cmdr:commander " +
    "rev.:reverend prof.:professor prof:professor supt.:superintendent insp.:inspector brig.:brigadier det.:detective"
  )
    .split(" ")
    .map((pair) => pair.split(":") as [string, string]),
);

/** The text a reader sees for a role: `t`'s words `role.first..role.last` with a final title abbreviation settled. */
export function roleText(t: WordTable, role: RoleRange): string {
  return lowerSentenceCapital(t, role.first, settledRole(t, role));
}

/**
 * "Former U.N. Ambassador John Bolton said" opens a sentence, so "Former" is capitalised by its place alone: shown
 * after the name it reads "former U.N. Ambassador". A word capitalised in its own right (a party, a demonym, an
 * office: "Democratic strategist", "U.S. Secretary of State") keeps its capital, and so does a title-case role
 * inside a sentence ("National Security Adviser"), except "former", which news style writes in lower case.
 */
function lowerSentenceCapital(t: WordTable, first: number, text: string): string {
  const f = t.flags[first] ?? 0;
  if ((f & F_CAP) === 0 || (f & F_UPPER) !== 0) return text;
  // "Former" is written in lower case before a title in news style, mid-sentence too ("said former President X").
  const capitalisedByPlace = (f & F_SENT) !== 0 ? LOWER_CASE_WORDS.has(t.lower[first] ?? "") : t.lower[first] === "former";
  if (!capitalisedByPlace) return text;
  return text.charAt(0).toLowerCase() + text.slice(1);
}

// Role words that are common words, written in lower case inside a sentence.
const LOWER_CASE_WORDS = new Set(
  `former longtime long-time senior top chief deputy acting assistant associate interim outgoing incoming veteran retired prominent
leading influential well-known fellow junior lead talk radio television cable conservative liberal progressive political economic
military local legal media digital campaign communications policy press national`.split(/\s+/),
);

function settledRole(t: WordTable, role: RoleRange): string {
  let abbrFirst = role.last + 1;
  while (abbrFirst > role.first && SPELLED_OUT.has(t.lower[abbrFirst - 1] ?? "")) abbrFirst--;
  if (abbrFirst > role.last) return slice(t, role.first, role.last);
  const head = fullRoleBefore(t, role.first, abbrFirst - 1);
  if (head >= 0) return slice(t, role.first, head);
  const spelled: string[] = [];
  for (let k = abbrFirst; k <= role.last; k++) spelled.push(SPELLED_OUT.get(t.lower[k] ?? "") ?? "");
  const before = abbrFirst > role.first ? `${slice(t, role.first, abbrFirst - 1)} ` : "";
  return before + spelled.join(" ");
}

/**
 * The last word of a full role ending at `last` ("Pentagon spokesman" in "Pentagon spokesman Navy"), or -1.
 * Capitalised words between it and the abbreviation belong to the second title ("Navy Capt."), unless they
 * complete the first one ("Speaker of the House").
 */
function fullRoleBefore(t: WordTable, first: number, last: number): number {
  for (let k = last; k >= first; k--) {
    const bits = wordBits(t, k);
    if ((bits & (L_ROLE_NOUN | L_TITLE)) !== 0 && !SPELLED_OUT.has(t.lower[k] ?? "")) return k;
    // An office completes a title only after "of" ("Speaker of the House"); "State Sen." is a state senator.
    if ((bits & L_OFFICE) !== 0 && (t.lower[k - 1] === "of" || t.lower[k - 2] === "of")) return k;
    if (((t.flags[k] ?? 0) & F_CAP) === 0) return -1;
  }
  return -1;
}

function slice(t: WordTable, first: number, last: number): string {
  return t.text.slice(t.start[first], t.end[last]);
}
