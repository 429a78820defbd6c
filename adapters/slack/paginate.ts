// Fits a reply's blocks into as few messages as Slack accepts: 50 blocks and a bounded amount of text each.
import { blockChars, context, LIMITS } from "./blocks.js";
import type { Block, SlackMessage } from "./blocks.js";

/**
 * Joins already-encoded lines into section texts of at most `max` characters. Each line must fit on its
 * own (callers split longer ones first).
 */
export function packLines(lines: readonly string[], max: number = LIMITS.sectionText): string[] {
  const texts: string[] = [];
  let current = "";
  for (const line of lines) {
    if (current && current.length + 1 + line.length > max) {
      texts.push(current);
      current = "";
    }
    current = current ? `${current}\n${line}` : line;
  }
  if (current) texts.push(current);
  return texts;
}

/**
 * Splits `blocks` into messages in order. Every message after the first opens with a context line naming
 * the reply and the part ("All 60 quotes · part 2/3") so a reader scrolling in the channel knows what it
 * continues. `text` and `title` are encoded mrkdwn.
 */
export function paginate(text: string, title: string, blocks: readonly Block[]): SlackMessage[] {
  return paginateGroups(text, title, blocks.map((block) => [block]));
}

/**
 * As {@link paginate}, but never splits a group across messages (a digest's story stays whole) unless a
 * group alone is larger than a message, which callers avoid by bounding each group.
 */
export function paginateGroups(text: string, title: string, units: readonly (readonly Block[])[]): SlackMessage[] {
  const groups: Block[][] = [[]];
  let chars = 0;
  for (const unit of units) {
    const size = unit.reduce((sum, block) => sum + blockChars(block), 0);
    const group = groups[groups.length - 1] ?? [];
    const continuation = groups.length > 1; // will open with a "part n/m" line: one block, a title's length
    const roomBlocks = LIMITS.blocksPerMessage - (continuation ? 1 : 0);
    const roomChars = LIMITS.messageBlocksText - (continuation ? title.length + 20 : 0);
    const full = group.length + unit.length > roomBlocks || chars + size > roomChars;
    if (full && group.length > 0) {
      groups.push([...unit]);
      chars = size;
    } else {
      group.push(...unit);
      chars += size;
    }
  }
  if (groups.length === 1) return [{ text, blocks: groups[0] ?? [] }];
  return groups.map((group, i) => {
    if (i === 0) return { text, blocks: group };
    const part = `${title} · part ${i + 1}/${groups.length}`;
    return { text: part, blocks: [context([part]), ...group] };
  });
}
