/**
 * A reusable "have I met this entity yet?" set for the look-backs that resolve speakers.
 * Those look-backs run once per quote, so a fresh Set per call was measurable; instead each
 * call starts a new generation and an entity counts as marked only when it carries the
 * current one. Nothing is cleared between calls.
 */
export class EntityMarks {
  private marks = new Int32Array(64);
  private generation = 0;

  /** Forget every mark; `entities` is how many entity ids the next round may use. */
  reset(entities: number): void {
    if (this.marks.length < entities) this.marks = new Int32Array(Math.max(entities, this.marks.length * 2));
    if (++this.generation === 0x7fffffff) {
      this.marks.fill(0);
      this.generation = 1;
    }
  }

  /** Marks `id` and says whether it was already marked in this round. */
  visit(id: number): boolean {
    if (this.marks[id] === this.generation) return true;
    this.marks[id] = this.generation;
    return false;
  }
}
