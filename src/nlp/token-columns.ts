import type { TokenColumns, Word } from "./document.js";
import type { WordSink } from "./tokens.js";
import { stemNumberCount, stemOfNumber, wordLength, wordOf, wordShape, wordStemNumber } from "./word-lexicon.js";

// A document numbers its stems 0..n-1 in order of first use, so that the numbers index small per-document
// arrays. The lexicon's stem number g maps to the document's number at local[2g + 1], valid when local[2g]
// holds the stamp of the document being built: no Map, nothing to clear between documents.
let documentStamp = 0;
let local = new Int32Array(2 * 4096);

// The columns are built in scratch arrays reused for every document, then copied out at their exact size
// into one buffer: one allocation per document instead of a growing array per column.
let scratchStart = new Int32Array(4096);
let scratchEnd = new Int32Array(4096);
let scratchStem = new Int32Array(4096);
let scratchShape = new Uint8Array(4096);
let scratchWord = new Int32Array(4096);

/**
 * Collects the columns of one document while its sentences are scanned. Only one builder may be in use at a
 * time (it fills shared scratch arrays), which holds since a document is analysed in one synchronous call.
 */
export class TokenColumnsBuilder implements WordSink {
  private count = 0;
  private readonly stems: string[] = [];
  private readonly sentenceStarts: number[] = [];
  private readonly stamp: number;

  constructor() {
    // A count that wraps restarts at 1 with cleared stamps, so no stale stamp ever matches.
    if (documentStamp === 0x7fffffff) {
      documentStamp = 0;
      local.fill(0);
    }
    this.stamp = ++documentStamp;
  }

  /** Call before the tokens of each sentence. */
  startSentence(): void {
    this.sentenceStarts.push(this.count);
  }

  add(word: number, start: number): void {
    const global = wordStemNumber(word);
    if (2 * global >= local.length) growLocal(stemNumberCount());
    let number: number;
    if (local[2 * global] === this.stamp) {
      number = local[2 * global + 1] as number;
    } else {
      number = this.stems.length;
      local[2 * global] = this.stamp;
      local[2 * global + 1] = number;
      this.stems.push(stemOfNumber(global));
    }
    const k = this.count++;
    if (k === scratchStem.length) growScratch();
    scratchWord[k] = word;
    scratchStart[k] = start;
    scratchEnd[k] = start + wordLength(word);
    scratchStem[k] = number;
    scratchShape[k] = wordShape(word);
  }

  /** The columns, with the stem numbers of the title's words (lexicon numbers). */
  finish(titleWords: readonly number[]): TokenColumns {
    const titleStems = new Int32Array(titleWords.length);
    for (let k = 0; k < titleWords.length; k++) {
      const global = wordStemNumber(titleWords[k] as number);
      titleStems[k] = 2 * global < local.length && local[2 * global] === this.stamp ? (local[2 * global + 1] as number) : -1;
    }
    const n = this.count;
    const sentences = this.sentenceStarts.length;
    const buffer = new ArrayBuffer((3 * n + sentences + 1) * 4 + n);
    const start = new Int32Array(buffer, 0, n);
    start.set(scratchStart.subarray(0, n));
    const end = new Int32Array(buffer, n * 4, n);
    end.set(scratchEnd.subarray(0, n));
    const stem = new Int32Array(buffer, n * 8, n);
    stem.set(scratchStem.subarray(0, n));
    const sentenceStarts = new Int32Array(buffer, n * 12, sentences + 1);
    sentenceStarts.set(this.sentenceStarts);
    sentenceStarts[sentences] = n;
    const shape = new Uint8Array(buffer, (3 * n + sentences + 1) * 4, n);
    shape.set(scratchShape.subarray(0, n));
    // Made at its final size: grown a push at a time, a long document's array would be reallocated (in the
    // large-object space) a dozen times.
    const words = new Array<Word>(n);
    for (let k = 0; k < n; k++) words[k] = wordOf(scratchWord[k] as number);
    return { start, end, words, stem, shape, sentenceStarts, stems: this.stems, titleStems };
  }
}

function growLocal(stems: number): void {
  let size = local.length;
  while (size < 2 * stems) size *= 2;
  const bigger = new Int32Array(size);
  bigger.set(local);
  local = bigger;
}

function growScratch(): void {
  const size = scratchStem.length * 2;
  const start = new Int32Array(size);
  start.set(scratchStart);
  scratchStart = start;
  const end = new Int32Array(size);
  end.set(scratchEnd);
  scratchEnd = end;
  const stem = new Int32Array(size);
  stem.set(scratchStem);
  scratchStem = stem;
  const shape = new Uint8Array(size);
  shape.set(scratchShape);
  scratchShape = shape;
  const word = new Int32Array(size);
  word.set(scratchWord);
  scratchWord = word;
}
