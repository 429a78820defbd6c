// An independent check of what Slack would refuse or misread, applied to every rendered message in the tests.
import { expect } from "vitest";
import type { Block, SlackMessage } from "../../../adapters/slack/render.js";

/** Block Kit limits restated from Slack's reference, not imported, so a wrong constant in the code is caught. */
const RULES = { blocks: 50, section: 3_000, header: 150, button: 75, value: 2_000, actions: 25, context: 10, text: 4_000, total: 12_000 };

/** Our own link markup: `<http(s)://…|label>`. Anything else between angle brackets would be a live mention. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const OUR_LINK = /<https?:\/\/[^\s<>|]+\|[^<>]*>/g;

export function expectWithinLimits(messages: SlackMessage[]): void {
  expect(messages.length).toBeGreaterThan(0);
  for (const message of messages) {
    expect(message.blocks.length).toBeLessThanOrEqual(RULES.blocks);
    expect(message.text.length).toBeLessThanOrEqual(RULES.text);
    expect(message.text.length).toBeGreaterThan(0);
    expect(texts(message).reduce((sum, text) => sum + text.length, 0)).toBeLessThan(RULES.total);
    for (const block of message.blocks) expectBlockWithinLimits(block);
    for (const text of [message.text, ...texts(message)]) expect(text, "no lone surrogate from a cut emoji").not.toMatch(LONE_SURROGATE);
  }
}

function expectBlockWithinLimits(block: Block): void {
  switch (block.type) {
    case "header":
      expect(block.text.text.length).toBeLessThanOrEqual(RULES.header);
      break;
    case "section":
      expect(block.text.text.length).toBeLessThanOrEqual(RULES.section);
      expect(block.text.text.length).toBeGreaterThan(0);
      break;
    case "context":
      expect(block.elements.length).toBeLessThanOrEqual(RULES.context);
      for (const element of block.elements) expect(element.text.length).toBeLessThanOrEqual(RULES.section);
      break;
    case "actions":
      expect(block.elements.length).toBeLessThanOrEqual(RULES.actions);
      expect(new Set(block.elements.map((b) => b.action_id)).size).toBe(block.elements.length);
      for (const button of block.elements) {
        expect(button.text.text.length).toBeLessThanOrEqual(RULES.button);
        expect(button.value.length).toBeLessThanOrEqual(RULES.value);
      }
      break;
  }
}

/**
 * Every mrkdwn text is inert: no `<…>` except our own links, no `&` that is not one of the three entities,
 * and `>` only as the block-quote marker at a line start.
 */
export function expectInert(messages: SlackMessage[]): void {
  for (const message of messages) {
    for (const text of [message.text, ...mrkdwnTexts(message)]) {
      const outside = text.replace(OUR_LINK, "");
      expect(outside, text).not.toMatch(/</);
      expect(outside.replace(/^>/gm, ""), text).not.toMatch(/>/);
      expect(text, text).not.toMatch(/&(?!amp;|lt;|gt;)/);
    }
  }
}

/** Every text a reader could see in the message, for searching. */
export function texts(message: SlackMessage): string[] {
  return message.blocks.flatMap((block) => {
    switch (block.type) {
      case "header":
      case "section":
        return [block.text.text];
      case "context":
        return block.elements.map((e) => e.text);
      case "actions":
        return block.elements.map((b) => b.text.text);
      case "divider":
        return [];
    }
  });
}

function mrkdwnTexts(message: SlackMessage): string[] {
  return message.blocks.flatMap((block) => (block.type === "section" ? [block.text.text] : block.type === "context" ? block.elements.map((e) => e.text) : []));
}

/** mrkdwn back to the characters it shows. */
export function unescape(text: string): string {
  return text.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
}
