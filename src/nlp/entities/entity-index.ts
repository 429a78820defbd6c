import type { AnalysedDocument } from "../document.js";
import type { Entity, EntityIndex, EntityKind } from "./entity.js";
import { voteGenders } from "./gender-votes.js";
import { cannotBePerson, runActs, runSpeaks } from "./name-evidence.js";
import { findNameRuns, joinLower, type NameRun } from "./name-runs.js";
import { roleAfter, roleBefore, roleInFrontApposition, type RoleRange } from "./role-phrases.js";
import { GENDERED_NOUNS } from "./role-words.js";
import { buildWordTable, type WordTable } from "./word-table.js";

interface RunFacts {
  run: NameRun;
  person: boolean;
  role: RoleRange | null;
  /** The run's words, lower-cased: the key that merges repeated mentions. */
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
      if (id === undefined && run.first === run.last) id = pickNamesake(bySurname.get(key) ?? byGiven.get(key), mentionCount);
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
  const speaks: boolean[] = [];
  for (const run of runs) {
    const s = run.kind !== "organization" && run.kind !== "place" && (runSpeaks(t, run) || runActs(t, run));
    speaks.push(s);
    if (s) speakingSurnames.add(t.lower[run.last] ?? "");
  }
  const names = new Set<string>();
  runs.forEach((run, i) => {
    const role = run.kind === "organization" || run.kind === "place" ? null : findRole(t, run);
    let person = run.kind === "person";
    if (run.kind === "unknown" && !cannotBePerson(t, run)) {
      person = Boolean(speaks[i]) || role !== null || (run.first < run.last && speakingSurnames.has(t.lower[run.last] ?? ""));
    }
    if (person && run.first < run.last) names.add(t.lower[run.first] ?? "").add(t.lower[run.last] ?? "");
    facts.push({ run, person, role, key: joinLower(t, run.first, run.last) });
  });
  // A lone surname or given name of someone named in full is that person ("Blinken’s stop").
  for (const f of facts) {
    if (!f.person && f.run.kind === "unknown" && f.run.first === f.run.last && names.has(t.lower[f.run.first] ?? "")) f.person = true;
  }
  return facts;
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
