// The subset of Block Kit newsbrief sends, typed narrowly so tests can assert exact payloads, and the
// limits that subset must respect (https://docs.slack.dev/reference/block-kit/blocks).

export const LIMITS = {
  blocksPerMessage: 50,
  sectionText: 3_000,
  headerText: 150,
  buttonText: 75,
  buttonValue: 2_000,
  actionId: 255,
  actionsElements: 25,
  contextElements: 10,
  /** chat.postMessage advises keeping `text` under 4,000 characters. */
  messageText: 4_000,
  /**
   * Undocumented: Slack answers `msg_blocks_too_long` once the text across a message's blocks passes roughly
   * 12,000 characters (bolt-js issues #2509, #2867 report failures from about 11,300). We stay well below.
   */
  messageBlocksText: 8_000,
} as const;

export interface PlainText {
  type: "plain_text";
  text: string;
  emoji?: boolean;
}

/** `verbatim: true` stops Slack from auto-linking channel names and URLs in text we did not mark up. */
export interface Mrkdwn {
  type: "mrkdwn";
  text: string;
  verbatim: true;
}

export interface HeaderBlock {
  type: "header";
  text: PlainText;
}

export interface SectionBlock {
  type: "section";
  text: Mrkdwn;
}

export interface ContextBlock {
  type: "context";
  elements: Mrkdwn[];
}

export interface ButtonElement {
  type: "button";
  action_id: string;
  text: PlainText;
  value: string;
}

export interface ActionsBlock {
  type: "actions";
  block_id: string;
  elements: ButtonElement[];
}

/** A thin rule between the stories of a digest. */
export interface DividerBlock {
  type: "divider";
}

export type Block = HeaderBlock | SectionBlock | ContextBlock | ActionsBlock | DividerBlock;

/** One chat message: `text` is the fallback Slack shows in notifications and to screen readers. */
export interface SlackMessage {
  text: string;
  blocks: Block[];
}

export const mrkdwn = (text: string): Mrkdwn => ({ type: "mrkdwn", text, verbatim: true });
export const section = (text: string): SectionBlock => ({ type: "section", text: mrkdwn(text) });
export const header = (text: string): HeaderBlock => ({ type: "header", text: { type: "plain_text", text, emoji: false } });
export const context = (texts: string[]): ContextBlock => ({ type: "context", elements: texts.map(mrkdwn) });
export const divider = (): DividerBlock => ({ type: "divider" });

/** Characters a block contributes toward the message-wide budget. */
export function blockChars(block: Block): number {
  switch (block.type) {
    case "header":
    case "section":
      return block.text.text.length;
    case "context":
      return block.elements.reduce((sum, element) => sum + element.text.length, 0);
    case "actions":
      return block.elements.reduce((sum, button) => sum + button.text.text.length + button.value.length, 0);
    case "divider":
      return 0;
  }
}
