import { articleId } from "../../src/articles/normalise.js";
import type { NewArticle } from "../../src/library/store.js";
import { seededRandom, type Random } from "./prng.js";
import { buildVocabulary, type Vocabulary } from "./vocabulary.js";

// A deterministic synthetic news stream: topics with recurring words, people and places; events reported
// by one to five sources in their own words (shared names, some shared quotes); some wire copies that are
// near-duplicates; some articles re-sent through a second feed. The generator knows each article's event,
// so the benchmark can score the story clustering.

export interface SyntheticTopic {
  keywords: string[];
  place: string;
  people: Array<{ first: string; last: string; role: string }>;
}

export interface SyntheticArticle {
  input: NewArticle;
  /** The event it reports (ground truth for clustering), -1 for none. */
  event: number;
  /** True for a re-send of an article already generated (the store must answer isNew: false). */
  resend: boolean;
}

const DAY_MS = 86_400_000;
const START_MS = Date.UTC(2024, 0, 1);
const SOURCES = 40;
const VERBS = ["says", "warns", "urges", "rejects", "backs", "announces", "defends", "questions", "confirms", "criticises"];

export interface SyntheticNews {
  topics: SyntheticTopic[];
  vocabulary: Vocabulary;
  /** Publication time of the last article (the benchmark's "now"). */
  endMs: number;
  /** Articles in publication order, in batches. */
  batches(batchSize: number): Generator<SyntheticArticle[]>;
}

export function syntheticNews(articles: number, seed = 20240101): SyntheticNews {
  const random = seededRandom(seed);
  const vocabulary = buildVocabulary(random);
  const topics = Array.from({ length: 500 }, () => makeTopic(random, vocabulary));
  const sourceNames = Array.from({ length: SOURCES }, (_, i) => `${vocabulary.places[i]!.split(" ")[0]} ${["Times", "Post", "Herald", "Wire", "News"][i % 5]}`);
  // About 1.6 articles per event; a year of news whatever the size.
  const events = Math.ceil(articles / 1.6);
  const spanMs = 365 * DAY_MS;
  return {
    topics,
    vocabulary,
    endMs: START_MS + spanMs,
    *batches(batchSize) {
      let produced = 0;
      let batch: SyntheticArticle[] = [];
      const recent: SyntheticArticle[] = [];
      for (let event = 0; produced < articles; event++) {
        const eventMs = START_MS + Math.floor((Math.min(event, events) / events) * spanMs);
        for (const article of writeEvent(random, vocabulary, topics, sourceNames, event, eventMs)) {
          if (produced >= articles) break;
          let item = article;
          if (recent.length > 0 && random.chance(0.01)) item = resend(random, recent, sourceNames);
          recent.push(item);
          if (recent.length > 50) recent.shift();
          batch.push(item);
          produced++;
          if (batch.length === batchSize) {
            yield batch;
            batch = [];
          }
        }
      }
      if (batch.length > 0) yield batch;
    },
  };
}

function makeTopic(random: Random, v: Vocabulary): SyntheticTopic {
  const place = random.pick(v.places);
  const organisation = random.pick(v.organisations);
  const roles = [`minister of ${v.topical(random)}`, `spokesperson for the ${organisation}`, `mayor of ${place}`, `chief executive of the ${organisation}`, `professor at the ${random.pick(v.organisations)}`];
  return {
    keywords: [v.topical(random), v.topical(random), v.topical(random)],
    place,
    people: Array.from({ length: 4 }, () => ({ first: random.pick(v.firstNames), last: random.pick(v.surnames), role: random.pick(roles) })),
  };
}

function writeEvent(random: Random, v: Vocabulary, topics: SyntheticTopic[], sources: string[], event: number, eventMs: number): SyntheticArticle[] {
  const topic = random.pick(topics);
  const person = random.pick(topic.people);
  const other = random.pick(topic.people);
  const place = random.chance(0.7) ? topic.place : random.pick(v.places);
  // Every event also has names of its own (a witness, a town), which all its reports mention, as real events do.
  const local = { first: random.pick(v.firstNames), last: random.pick(v.surnames), role: `a ${v.topical(random)} ${random.pick(["official", "resident", "lawyer", "analyst"])}` };
  const site = random.pick(v.places);
  const eventWords = [random.pick(topic.keywords), v.topical(random), v.topical(random)];
  const quotes = Array.from({ length: 3 }, () => sentence(random, v, topic, 8 + random.int(10), false));
  const roll = random.next();
  const count = roll < 0.62 ? 1 : roll < 0.8 ? 2 : roll < 0.92 ? 3 : 4 + random.int(2);
  const firstSource = random.int(sources.length);
  const out: SyntheticArticle[] = [];
  for (let i = 0; i < count; i++) {
    const source = sources[(firstSource + i * 7) % sources.length]!;
    const publishedMs = eventMs + random.int(DAY_MS / 2);
    const wireCopy = i > 0 && random.chance(0.2) ? out[0] : undefined;
    const title = wireCopy ? wireCopy.input.article.title : headline(random, person.last, random.chance(0.5) ? other.last : local.last, random.chance(0.5) ? place : site, eventWords);
    const paragraphs = wireCopy
      ? lightlyEdited(random, v, wireCopy.input.article.paragraphs)
      : writeBody(random, v, topic, person, local, place, site, eventWords, quotes, publishedMs);
    const slug = `${event}-${i}`;
    const url = `https://news${sources.indexOf(source)}.example/${new Date(publishedMs).toISOString().slice(0, 10)}/${slug}`;
    out.push({
      event,
      resend: false,
      input: {
        article: { id: articleId(title, paragraphs), title, paragraphs, source: { name: source, url, published: new Date(publishedMs).toISOString() } },
        sourceId: `https://news${sources.indexOf(source)}.example/feed.xml`,
        url,
        guid: `${slug}@${source}`,
        published: new Date(publishedMs).toISOString(),
      },
    });
  }
  return out;
}

function headline(random: Random, who: string, other: string, place: string, words: string[]): string {
  const [a, b, c] = words;
  const forms = [
    `${who} ${random.pick(VERBS)} ${a} ${b} in ${place}`,
    `${place}: ${who} and ${other} clash over ${a} ${c}`,
    `${cap(a!)} ${b} plan ${random.pick(VERBS)} ${who}`,
    `${who} ${random.pick(VERBS)} ${place} on ${a}`,
    `${cap(b!)} ${a}: what ${who} said in ${place}`,
  ];
  return random.pick(forms);
}

type Person = SyntheticTopic["people"][number];

function writeBody(random: Random, v: Vocabulary, topic: SyntheticTopic, person: Person, local: Person, place: string, site: string, words: string[], quotes: string[], publishedMs: number): string[] {
  const day = new Date(publishedMs).toUTCString().slice(0, 3);
  const lead = `${place.toUpperCase()}, ${day} - ${person.first} ${person.last}, the ${person.role}, ${random.pick(VERBS).replace(/s$/, "ed")} on ${day} that the ${words[0]} ${sentence(random, v, topic, 8, true)} ${words[1]} in ${site}, ${place}, ${sentence(random, v, topic, 6, true)} ${words[2]}, according to ${local.first} ${local.last}, ${local.role}.`;
  const paragraphs = [lead];
  const n = 4 + random.int(4);
  for (let p = 0; p < n; p++) {
    if (p % 2 === 1 && quotes.length > 0) {
      const quote = random.chance(0.75) ? random.pick(quotes) : sentence(random, v, topic, 10, false);
      paragraphs.push(`“${quote},” ${person.last} said. ${cap(sentence(random, v, topic, 14, true))}.`);
    } else {
      paragraphs.push(`${cap(sentence(random, v, topic, 16 + random.int(10), true))}. ${cap(sentence(random, v, topic, 12 + random.int(10), true))}.`);
    }
  }
  return paragraphs;
}

/** Zipfian words with the topic's words sprinkled in, as topic articles repeat their subject. */
function sentence(random: Random, v: Vocabulary, topic: SyntheticTopic, length: number, mentions: boolean): string {
  const words: string[] = [];
  for (let i = 0; i < length; i++) {
    const roll = random.next();
    if (roll < 0.05) words.push(random.pick(topic.keywords));
    else if (mentions && roll < 0.065) words.push(random.pick(topic.people).last);
    else words.push(v.zipf(random));
  }
  return words.join(" ");
}

/** A wire copy republished with a few words changed. */
function lightlyEdited(random: Random, v: Vocabulary, paragraphs: string[]): string[] {
  const copy = [...paragraphs];
  for (let edit = 0; edit < 3; edit++) {
    const p = 1 + random.int(Math.max(1, copy.length - 1));
    const words = (copy[p] ?? "").split(" ");
    words[random.int(words.length)] = v.zipf(random);
    if (p < copy.length) copy[p] = words.join(" ");
  }
  return copy;
}

/** The same article delivered again through another feed, under a new GUID. */
function resend(random: Random, recent: SyntheticArticle[], sources: string[]): SyntheticArticle {
  const original = random.pick(recent);
  return { event: original.event, resend: true, input: { ...original.input, sourceId: `https://aggregator${random.int(3)}.example/${sources.length}.xml`, guid: `resend-${random.int(1e9)}` } };
}

function cap(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
