import type { TokenColumns, Word } from "./document.js";
import type { WordSink } from "./tokens.js";
import { stemOfNumber, wordLength, wordOf, wordShape, wordStemNumber } from "./word-lexicon.js";

/**
 * Renumbers the lexicon's numbers (word forms, stems) 0..n-1 for one document, in order of first use, so
 * that a document's numbers index small arrays. Lexicon number g has document number table[2g + 1] when
 * table[2g] holds the stamp of the document being built: no Map, nothing to clear between documents.
 */
class Renumbering {
  private table = new Int32Array(2 * 4096);

  /** The document's number for lexicon number `global`, or -1 when the document has not used it yet. */
  get(global: number, stamp: number): number {
    const at = 2 * global;
    return at < this.table.length && this.table[at] === stamp ? (this.table[at + 1] as number) : -1;
  }

  set(global: number, stamp: number, number: number): void {
    const at = 2 * global;
    if (at >= this.table.length) {
      let size = this.table.length * 2;
      while (size <= at) size *= 2;
      const bigger = new Int32Array(size);
      bigger.set(this.table);
      this.table = bigger;
    }
    this.table[at] = stamp;
    this.table[at + 1] = number;
  }

  clear(): void {
    this.table.fill(0);
  }
}

const stemNumbering = new Renumbering();
const formNumbering = new Renumbering();
let documentStamp = 0;

// The columns are built in scratch arrays reused for every document, then copied out at their exact size
// into one buffer: one allocation per document, however long, instead of a growing array per column.
// Arrays grown past KEPT_TOKENS for a huge document are let go after it, so memory stays small.
const INITIAL_TOKENS = 4096;
const KEPT_TOKENS = 1 << 16;
let scratchStart = new Int32Array(INITIAL_TOKENS);
let scratchEnd = new Int32Array(INITIAL_TOKENS);
let scratchStem = new Int32Array(INITIAL_TOKENS);
let scratchForm = new Int32Array(INITIAL_TOKENS);
let scratchShape = new Uint8Array(INITIAL_TOKENS);

/**
 * Collects the columns of one document while its sentences are scanned. Only one builder may be in use at a
 * time (it fills shared scratch arrays), which holds since a document is analysed in one synchronous call.
 */
export class TokenColumnsBuilder implements WordSink {
  private count = 0;
  private readonly stems: string[] = [];
  private readonly forms: Word[] = [];
  private readonly sentenceStarts: number[] = [];
  private readonly stamp: number;

  constructor() {
    // A count that wraps restarts at 1 with cleared stamps, so no stale stamp ever matches.
    if (documentStamp === 0x7fffffff) {
      documentStamp = 0;
      stemNumbering.clear();
      formNumbering.clear();
    }
    this.stamp = ++documentStamp;
  }

  /** Call before the tokens of each sentence. */
  startSentence(): void {
    this.sentenceStarts.push(this.count);
  }

  add(word: number, start: number): void {
    const global = wordStemNumber(word);
    let stem = stemNumbering.get(global, this.stamp);
    if (stem < 0) {
      stem = this.stems.length;
      stemNumbering.set(global, this.stamp, stem);
      this.stems.push(stemOfNumber(global));
    }
    let form = formNumbering.get(word, this.stamp);
    if (form < 0) {
      form = this.forms.length;
      formNumbering.set(word, this.stamp, form);
      this.forms.push(wordOf(word));
    }
    const k = this.count++;
    if (k === scratchStem.length) growScratch();
    scratchStart[k] = start;
    scratchEnd[k] = start + wordLength(word);
    scratchStem[k] = stem;
    scratchForm[k] = form;
    scratchShape[k] = wordShape(word);
  }

  /** The columns, with the stem numbers of the title's words (lexicon numbers). */
  finish(titleWords: readonly number[]): TokenColumns {
    const titleStems = new Int32Array(titleWords.length);
    for (let k = 0; k < titleWords.length; k++) titleStems[k] = stemNumbering.get(wordStemNumber(titleWords[k] as number), this.stamp);
    const n = this.count;
    const sentences = this.sentenceStarts.length;
    const buffer = new ArrayBuffer((4 * n + sentences + 1) * 4 + n);
    const start = copyOut(scratchStart, buffer, 0, n);
    const end = copyOut(scratchEnd, buffer, 1, n);
    const stem = copyOut(scratchStem, buffer, 2, n);
    const form = copyOut(scratchForm, buffer, 3, n);
    const sentenceStarts = new Int32Array(buffer, 16 * n, sentences + 1);
    sentenceStarts.set(this.sentenceStarts);
    sentenceStarts[sentences] = n;
    const shape = new Uint8Array(buffer, (4 * n + sentences + 1) * 4, n);
    shape.set(scratchShape.subarray(0, n));
    if (scratchStem.length > KEPT_TOKENS) resetScratch();
    return new DocumentColumns(start, end, form, this.forms, stem, this.stems, shape, sentenceStarts, titleStems);
  }
}

/**
 * The columns of one document. A class, so that `words` is a getter of the prototype: an object literal
 * with a getter gets a hidden class of its own, which keeps each document's arrays alive through a
 * garbage collection or two.
 */
class DocumentColumns implements TokenColumns {
  #words: Word[] | undefined;

  constructor(
    readonly start: Int32Array,
    readonly end: Int32Array,
    readonly form: Int32Array,
    readonly forms: readonly Word[],
    readonly stem: Int32Array,
    readonly stems: string[],
    readonly shape: Uint8Array,
    readonly sentenceStarts: Int32Array,
    readonly titleStems: Int32Array,
  ) {}

  get words(): readonly Word[] {
    // Made at its final size in one loop (Array.from iterates slowly).
    if (this.#words === undefined) {
      const words = new Array<Word>(this.form.length);
      for (let k = 0; k < this.form.length; k++) words[k] = this.forms[this.form[k] as number] as Word;
      this.#words = words;
    }
    return this.#words;
  }
}

/** Column `column` (of n tokens) of `buffer`, a copy of the first n values of `scratch`. */
function copyOut(scratch: Int32Array, buffer: ArrayBuffer, column: number, n: number): Int32Array {
  const copy = new Int32Array(buffer, column * n * 4, n);
  copy.set(scratch.subarray(0, n));
  return copy;
}

function resetScratch(): void {
  scratchStart = new Int32Array(INITIAL_TOKENS);
  scratchEnd = new Int32Array(INITIAL_TOKENS);
  scratchStem = new Int32Array(INITIAL_TOKENS);
  scratchForm = new Int32Array(INITIAL_TOKENS);
  scratchShape = new Uint8Array(INITIAL_TOKENS);
}

function growScratch(): void {
  const size = scratchStem.length * 2;
  scratchStart = grown(scratchStart, size);
  scratchEnd = grown(scratchEnd, size);
  scratchStem = grown(scratchStem, size);
  scratchForm = grown(scratchForm, size);
  const shape = new Uint8Array(size);
  shape.set(scratchShape);
  scratchShape = shape;
}

function grown(array: Int32Array, size: number): Int32Array<ArrayBuffer> {
  const bigger = new Int32Array(size);
  bigger.set(array);
  return bigger;
}
