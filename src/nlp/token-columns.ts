import type { TokenColumns } from "./document.js";
import type { WordSink } from "./tokens.js";
import type { WordForm } from "./word-lexicon.js";

// A document numbers its stems 0..n-1 in order of first use, so that the numbers index small per-document
// arrays. Each stem entry of the lexicon carries the number it has in the document being built, stamped
// with that document: no Map, nothing to clear between documents.
let documentStamp = 0;

/**
 * Collects the columns of one document while its sentences are tokenized. Only one builder may be in use
 * at a time (it stamps the shared stem entries), which holds since a document is analysed in one
 * synchronous call.
 */
export class TokenColumnsBuilder implements WordSink {
  private stem: Int32Array;
  private shape: Uint8Array;
  private count = 0;
  private readonly stems: string[] = [];
  private readonly sentenceStarts: number[] = [];
  private readonly stamp: number;

  /** `expectedTokens` sizes the columns (they grow past it if needed). */
  constructor(expectedTokens: number) {
    const size = Math.max(16, expectedTokens);
    this.stem = new Int32Array(size);
    this.shape = new Uint8Array(size);
    // Stamps of entries from 2^31 documents ago could match again only after a wrap; the lexicon is
    // cleared far more often than that, and the wrap starts at 1 so a fresh entry (stamp 0) never matches.
    documentStamp = documentStamp === 0x7fffffff ? 1 : documentStamp + 1;
    this.stamp = documentStamp;
  }

  /** Call before the tokens of each sentence. */
  startSentence(): void {
    this.sentenceStarts.push(this.count);
  }

  add(form: WordForm): void {
    const entry = form.stem;
    if (entry.stamp !== this.stamp) {
      entry.stamp = this.stamp;
      entry.local = this.stems.length;
      this.stems.push(entry.stem);
    }
    if (this.count === this.stem.length) this.grow();
    this.stem[this.count] = entry.local;
    this.shape[this.count++] = form.shape;
  }

  /** The columns, with the stem numbers of the title's words. */
  finish(titleForms: readonly WordForm[]): TokenColumns {
    const titleStems = new Int32Array(titleForms.length);
    for (let k = 0; k < titleForms.length; k++) {
      const entry = (titleForms[k] as WordForm).stem;
      titleStems[k] = entry.stamp === this.stamp ? entry.local : -1;
    }
    const starts = new Int32Array(this.sentenceStarts.length + 1);
    starts.set(this.sentenceStarts);
    starts[this.sentenceStarts.length] = this.count;
    return {
      stem: this.stem.subarray(0, this.count),
      shape: this.shape.subarray(0, this.count),
      sentenceStarts: starts,
      stems: this.stems,
      titleStems,
    };
  }

  private grow(): void {
    const stem = new Int32Array(this.stem.length * 2);
    stem.set(this.stem);
    this.stem = stem;
    const shape = new Uint8Array(this.shape.length * 2);
    shape.set(this.shape);
    this.shape = shape;
  }
}

/** Collects lexicon forms (for the title, whose words are looked up but never numbered). */
export class WordList implements WordSink {
  readonly forms: WordForm[] = [];

  add(form: WordForm): void {
    this.forms.push(form);
  }
}
