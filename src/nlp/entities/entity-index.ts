import type { AnalysedDocument } from "../document.js";
import type { Entity, EntityIndex, EntityKind } from "./entity.js";
import { voteGenders } from "./gender-votes.js";
import { cannotBePerson, hasAgeAfter, isNamedRelative, runActs, runSpeaks } from "./name-evidence.js";
import { findNameRuns, joinLower, type NameRun } from "./name-runs.js";
import { roleAfter, roleBefore, roleInFrontApposition, type RoleRange } from "./role-phrases.js";
import { GENDERED_NOUNS } from "./role-words.js";
import { roleText } from "./role-display.js";
import { MisspellingIndex } from "./misspelling-index.js";
import { placeNamePrefixes } from "./place-prefixes.js";
import { buildWordTable, type WordTable } from "./word-table.js";

/** What the text says about each name run, as parallel arrays (no object per run: long articles have many). */
interface RunFacts {
  runs: NameRun[];
  /** 1 when the run names a person. */
  person: Uint8Array;
  /** The role the text gives a run, by run index (most runs have none). */
  roles: Map<number, RoleRange>;
  /** The run's words, lower-cased: the key that merges repeated mentions ("" for runs that name nothing). */
  keys: string[];
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
  const { starts, ends, ids } = scratchMentions(facts.runs.length);
  let mentions = 0;

  let surnameIndex: MisspellingIndex | null = null;
  const misspeltSurname = (key: string): number[] | undefined => {
    if (!surnameIndex) {
      surnameIndex = new MisspellingIndex();
      for (const surname of bySurname.keys()) surnameIndex.add(surname);
    }
    const surname = surnameIndex.misspelt(key);
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
  const { runs, person, roles, keys } = facts;
  for (let i = 0; i < runs.length; i++) {
    const run = runs[i] as NameRun;
    const key = keys[i] ?? "";
    if (!person[i] || run.first === run.last || byKey.person.has(key)) continue;
    const id = create(run, "person", key);
    push(bySurname, t.lower[run.last] ?? "", id);
    push(byGiven, t.lower[run.first] ?? "", id);
  }
  for (let i = 0; i < runs.length; i++) {
    const run = runs[i] as NameRun;
    const key = keys[i] ?? "";
    let id: number | undefined;
    if (person[i]) {
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
      starts[mentions] = run.first;
      ends[mentions] = run.last;
      ids[mentions++] = id;
    }
    if (entity.kind === "person") {
      if (!entity.gender && run.gender) entity.gender = run.gender;
      const role = roles.get(i);
      if (!entity.role && role) setRole(t, entity, role);
    }
  }
  const index: EntityIndex = {
    words: t,
    entities,
    entityOfToken,
    mentionStarts: starts.subarray(0, mentions),
    mentionEnds: ends.subarray(0, mentions),
    mentionEntities: ids.subarray(0, mentions),
  };
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

let mentionScratch = { starts: new Int32Array(1024), ends: new Int32Array(1024), ids: new Int32Array(1024) };

/** Room for `capacity` mentions, reused across documents: a long article has tens of thousands. */
function scratchMentions(capacity: number): typeof mentionScratch {
  if (mentionScratch.starts.length < capacity) {
    const size = Math.max(capacity, mentionScratch.starts.length * 2);
    mentionScratch = { starts: new Int32Array(size), ends: new Int32Array(size), ids: new Int32Array(size) };
  }
  return mentionScratch;
}

function collectFacts(t: WordTable, runs: NameRun[]): RunFacts {
  const speakingSurnames = new Set<string>();
  const speakingWords = new Set<string>();
  const speaks = new Uint8Array(runs.length);
  runs.forEach((run, i) => {
    const talks = run.kind !== "organization" && run.kind !== "place" && runSpeaks(t, run);
    const s = talks || (run.kind !== "organization" && run.kind !== "place" && runActs(t, run));
    speaks[i] = s ? 1 : 0;
    if (s) speakingSurnames.add(t.lower[run.last] ?? "");
    if (talks && run.first === run.last) speakingWords.add(t.lower[run.first] ?? "");
  });
  const placePrefixes = placeNamePrefixes(t, runs);
  if (placePrefixes.size > 0) demotePlaceNames(t, runs, placePrefixes, speaks, speakingSurnames);
  const names = new Set<string>();
  const surnames = new MisspellingIndex();
  let speakingIndex: MisspellingIndex | null = null;
  const person = new Uint8Array(runs.length);
  const roles = new Map<number, RoleRange>();
  runs.forEach((run, i) => {
    const role = run.kind === "organization" || run.kind === "place" ? null : findRole(t, run);
    if (role) roles.set(i, role);
    let isPerson = run.kind === "person";
    if (run.kind === "unknown" && !cannotBePerson(t, run)) {
      // A name that speaks somewhere is a person everywhere ("Bob met Stevens", "Bob said").
      const last = t.lower[run.last] ?? "";
      isPerson = speaks[i] === 1 || role !== null || hasAgeAfter(t, run) || isNamedRelative(t, run) || (run.first < run.last ? speakingSurnames.has(last) : speakingWords.has(last));
      // "Tyresha McClenney" when a "McLenney said" follows.
      if (!isPerson && run.first < run.last && speakingWords.size > 0) isPerson = (speakingIndex ??= misspellingIndexOf(speakingWords)).misspelt(last) !== null;
    }
    if (isPerson && run.first < run.last) {
      names.add(t.lower[run.first] ?? "").add(t.lower[run.last] ?? "");
      surnames.add(t.lower[run.last] ?? "");
    }
    person[i] = isPerson ? 1 : 0;
  });
  // A lone surname or given name of someone named in full is that person ("Blinken’s stop"), even misspelt
  // ("Wines believes" after "Leslie Wimes"). Only the runs that become entities need their key (a string made for each).
  const keys: string[] = [];
  runs.forEach((run, i) => {
    if (!person[i] && run.kind === "unknown" && run.first === run.last) {
      const lower = t.lower[run.first] ?? "";
      if (names.has(lower) || (!cannotBePerson(t, run) && surnames.misspelt(lower) !== null)) person[i] = 1;
    }
    keys.push(person[i] || run.kind === "organization" || run.kind === "place" ? joinLower(t, run.first, run.last) : "");
  });
  return { runs, person, roles, keys };
}

/**
 * "Sandy Hook" beside "Sandy Hook Elementary School": a two-word run that begins an organisation's or a place's
 * name is that place, unless something shows a person (a title, a role, speech) at one of its mentions.
 */
function demotePlaceNames(t: WordTable, runs: NameRun[], prefixes: ReadonlySet<string>, speaks: Uint8Array, speakingSurnames: Set<string>): void {
  const candidates: number[] = [];
  const personKeys = new Set<string>();
  for (let i = 0; i < runs.length; i++) {
    const run = runs[i] as NameRun;
    if (run.last !== run.first + 1 || run.kind === "organization" || run.kind === "place") continue;
    const key = joinLower(t, run.first, run.last);
    if (!prefixes.has(key)) continue;
    if (run.titled || speaks[i] || speakingSurnames.has(t.lower[run.last] ?? "") || findRole(t, run) !== null) personKeys.add(key);
    else candidates.push(i);
  }
  for (const i of candidates) {
    const run = runs[i] as NameRun;
    if (personKeys.has(joinLower(t, run.first, run.last))) continue;
    run.kind = "place";
    delete run.gender;
  }
}

function misspellingIndexOf(words: Set<string>): MisspellingIndex {
  const index = new MisspellingIndex();
  for (const word of words) index.add(word);
  return index;
}

function findRole(t: WordTable, run: NameRun): RoleRange | null {
  return roleBefore(t, run.first, run.titleFirst, run.titleLast) ?? roleAfter(t, run.last, run.first < run.last) ?? roleInFrontApposition(t, run.first, run.last);
}

function setRole(t: WordTable, entity: Entity, role: RoleRange): void {
  entity.role = roleText(t, role);
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
