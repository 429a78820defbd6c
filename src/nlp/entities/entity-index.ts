import type { AnalysedDocument } from "../document.js";
import type { Entity, EntityIndex, EntityKind } from "./entity.js";
import { voteGenders } from "./gender-votes.js";
import { cannotBePerson, hasAgeAfter, runActs, runSpeaks } from "./name-evidence.js";
import { findNameRuns, joinLower, type NameRun } from "./name-runs.js";
import { roleAfter, roleBefore, roleInFrontApposition, type RoleRange } from "./role-phrases.js";
import { GENDERED_NOUNS } from "./role-words.js";
import { buildWordTable, type WordTable } from "./word-table.js";

interface RunFacts {
  run: NameRun;
  person: boolean;
  role: RoleRange | null;
  /** The run's words, lower-cased: the key that merges repeated mentions ("" for runs that name nothing). */
  key: string;
}

/**
 * Finds the people, organisations and places of a document and links their mentions: a surname alone
 * ("Blinken") is the person first named in full ("Antony Blinken"). Linear in the document's length.
 */
export function buildEntityIndex(doc: AnalysedDocument): EntityIndex {
  const t = buildWordTable(doc);
  const facts = collectFacts(t, findNameRuns(t));
  const entities: Entity[] = [];
  // One map per kind, so "Jordan" the person and "Jordan" the country stay apart.
  const byKey = { person: new Map<string, number>(), organization: new Map<string, number>(), place: new Map<string, number>() };
  const bySurname = new Map<string, number[]>();
  const byGiven = new Map<string, number[]>();
  const mentionCount: number[] = [];
  const entityOfToken = scratchEntityOfToken(t.count);
  const mentionStarts: number[] = [];
  const mentionEnds: number[] = [];
  const mentionEntities: number[] = [];

  let surnameList: string[] | null = null;
  const misspeltSurname = (key: string): number[] | undefined => {
    surnameList ??= [...bySurname.keys()];
    const surname = misspells(key, surnameList);
    return surname === null ? undefined : bySurname.get(surname);
  };
  const create = (run: NameRun, kind: EntityKind, key: string): number => {
    const id = entities.length;
    entities.push({ name: t.text.slice(t.start[run.first], t.end[run.last]), kind, mentions: [] });
    byKey[kind].set(key, id);
    mentionCount.push(0);
    return id;
  };
  // Full names first, so that a surname can be linked even when it comes before the full name.
  for (const f of facts) {
    if (!f.person || f.run.first === f.run.last || byKey.person.has(f.key)) continue;
    const id = create(f.run, "person", f.key);
    push(bySurname, t.lower[f.run.last] ?? "", id);
    push(byGiven, t.lower[f.run.first] ?? "", id);
  }
  for (const f of facts) {
    const { run, key } = f;
    let id: number | undefined;
    if (f.person) {
      id = byKey.person.get(key);
      if (id === undefined && run.first === run.last) id = pickNamesake(bySurname.get(key) ?? byGiven.get(key) ?? misspeltSurname(key), mentionCount);
      id ??= create(run, "person", key);
    } else if (run.kind === "organization" || run.kind === "place") {
      id = byKey[run.kind].get(key) ?? create(run, run.kind, key);
    } else continue;
    const entity = entities[id] as Entity;
    entity.mentions.push({ start: t.start[run.first] ?? 0, end: t.end[run.last] ?? 0 });
    mentionCount[id] = (mentionCount[id] ?? 0) + 1;
    for (let k = run.first; k <= run.last; k++) entityOfToken[k] = id;
    if (entity.kind !== "place") {
      mentionStarts.push(run.first);
      mentionEnds.push(run.last);
      mentionEntities.push(id);
    }
    if (entity.kind === "person") {
      if (!entity.gender && run.gender) entity.gender = run.gender;
      if (!entity.role && f.role) setRole(t, entity, f.role);
    }
  }
  const index: EntityIndex = { words: t, entities, entityOfToken, mentionStarts, mentionEnds, mentionEntities };
  voteGenders(index);
  return index;
}

let entityScratch = new Int32Array(4096);

/** A -1-filled array of `count` entity ids, reused across documents like the word table. */
function scratchEntityOfToken(count: number): Int32Array {
  if (entityScratch.length < count + 1) entityScratch = new Int32Array(Math.max(count + 1, entityScratch.length * 2));
  entityScratch.fill(-1, 0, count + 1);
  return entityScratch;
}

function collectFacts(t: WordTable, runs: NameRun[]): RunFacts[] {
  const facts: RunFacts[] = [];
  const speakingSurnames = new Set<string>();
  const speakingWords = new Set<string>();
  const speaks: boolean[] = [];
  for (const run of runs) {
    const talks = run.kind !== "organization" && run.kind !== "place" && runSpeaks(t, run);
    const s = talks || (run.kind !== "organization" && run.kind !== "place" && runActs(t, run));
    speaks.push(s);
    if (s) speakingSurnames.add(t.lower[run.last] ?? "");
    if (talks && run.first === run.last) speakingWords.add(t.lower[run.first] ?? "");
  }
  const names = new Set<string>();
  const surnames: string[] = [];
  let speakingList: string[] | null = null;
  runs.forEach((run, i) => {
    const role = run.kind === "organization" || run.kind === "place" ? null : findRole(t, run);
    let person = run.kind === "person";
    if (run.kind === "unknown" && !cannotBePerson(t, run)) {
      // A name that speaks somewhere is a person everywhere ("Bob met Stevens", "Bob said").
      const last = t.lower[run.last] ?? "";
      person = Boolean(speaks[i]) || role !== null || hasAgeAfter(t, run) || (run.first < run.last ? speakingSurnames.has(last) : speakingWords.has(last));
      // "Tyresha McClenney" when a "McLenney said" follows.
      if (!person && run.first < run.last && speakingWords.size > 0) person = misspells(last, (speakingList ??= [...speakingWords])) !== null;
    }
    if (person && run.first < run.last) {
      names.add(t.lower[run.first] ?? "").add(t.lower[run.last] ?? "");
      surnames.push(t.lower[run.last] ?? "");
    }
    facts.push({ run, person, role, key: "" });
  });
  // A lone surname or given name of someone named in full is that person ("Blinken’s stop"), even misspelt
  // ("Wines believes" after "Leslie Wimes").
  for (const f of facts) {
    if (f.person || f.run.kind !== "unknown" || f.run.first !== f.run.last) continue;
    const lower = t.lower[f.run.first] ?? "";
    if (names.has(lower) || (!cannotBePerson(t, f.run) && misspells(lower, surnames) !== null)) f.person = true;
  }
  // Only the runs that become entities need their key (a string made for each).
  for (const f of facts) {
    if (f.person || f.run.kind === "organization" || f.run.kind === "place") f.key = joinLower(t, f.run.first, f.run.last);
  }
  return facts;
}

const MIN_MISSPELT_LENGTH = 5;

/** The surname `word` misspells by one letter (added, dropped or changed), if any. */
export function misspells(word: string, surnames: string[]): string | null {
  if (word.length < MIN_MISSPELT_LENGTH) return null;
  for (const name of surnames) {
    if (name.length >= MIN_MISSPELT_LENGTH && name.charCodeAt(0) === word.charCodeAt(0) && oneEditApart(word, name)) return name;
  }
  return null;
}

function oneEditApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1 || a === b) return false;
  let i = 0;
  while (i < a.length && i < b.length && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  // After the first difference the rest must match, shifted by the insertion or deletion if any.
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

function findRole(t: WordTable, run: NameRun): RoleRange | null {
  return roleBefore(t, run.first, run.titleFirst, run.titleLast) ?? roleAfter(t, run.last, run.first < run.last) ?? roleInFrontApposition(t, run.first, run.last);
}

function setRole(t: WordTable, entity: Entity, role: RoleRange): void {
  entity.role = t.text.slice(t.start[role.first], t.end[role.last]);
  if (entity.gender) return;
  for (let k = role.first; k <= role.last; k++) {
    const gender = GENDERED_NOUNS.get(t.lower[k] ?? "");
    if (gender) {
      entity.gender = gender;
      return;
    }
  }
}

/** Of several people sharing a surname, the one named most so far (the earliest on a tie). */
function pickNamesake(ids: number[] | undefined, mentionCount: number[]): number | undefined {
  if (!ids || ids.length === 0) return undefined;
  let best = ids[0] as number;
  for (const id of ids) if ((mentionCount[id] ?? 0) > (mentionCount[best] ?? 0)) best = id;
  return best;
}

function push(map: Map<string, number[]>, key: string, value: number): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
