// What the sample briefing and its quotes look like in Slack, block by block.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { renderSlackReply } from "../../../adapters/slack/render.js";
import type { CommandHandler } from "../../../src/chat/chat-adapter.js";
import type { CommandName } from "../../../src/chat/command.js";
import { createCommandHandler } from "../../../src/commands/handle-command.js";
import { sampleLibrary } from "../../support/sample-library.js";
import { expectInert, expectWithinLimits } from "./block-kit-rules.js";
import { briefingReply, quote } from "./replies.js";

const mrkdwn = (text: string) => ({ type: "mrkdwn", text, verbatim: true });
const section = (text: string) => ({ type: "section", text: mrkdwn(text) });
const button = (i: number, text: string, argument: string) => ({
  type: "button",
  action_id: `newsbrief_quotes_${i}`,
  text: { type: "plain_text", text, emoji: false },
  value: JSON.stringify({ command: "quotes", argument }),
});

describe("renderSlackReply on the sample article", () => {
  let library: Awaited<ReturnType<typeof sampleLibrary>>;
  let handle: CommandHandler;
  const ask = (name: CommandName, argument: string) => handle({ name, argument, channel: "slack:T1:C1", userId: "U1" });
  beforeAll(async () => {
    library = await sampleLibrary();
    handle = createCommandHandler(library);
  });
  afterAll(() => library.close());

  it("renders the briefing as header, summary, quote blocks with speakers, sources and buttons", async () => {
    const messages = renderSlackReply(await ask("brief", "afghanistan"));
    expect(messages).toEqual([
      {
        text: "Blinken says Taliban legitimacy will have to be ’earned’: U.S. Secretary of State Antony Blinken warned on Sept. 8 that the Taliban would have to earn legitimacy from the world, after talks with allies on how to present a united front to the hardline new government in Afghanistan.",
        blocks: [
          { type: "header", text: { type: "plain_text", text: "Blinken says Taliban legitimacy will have to be ’earned’", emoji: false } },
          section(
            "• U.S. Secretary of State Antony Blinken warned on Sept. 8 that the Taliban would have to earn legitimacy from the world, after talks with allies on how to present a united front to the hardline new government in Afghanistan.\n" +
              "• A senior State Department official said all countries were broadly on the same page on dealing with the Taliban caretaker government - including Pakistan, historically the insurgents’ ally.",
          ),
          section(">“The Taliban seek international legitimacy. Any legitimacy - any support - will have to be earned,”\n— *Antony Blinken*, U.S. Secretary of State"),
          section(
            ">“We must not allow creation of a political vacuum in Afghanistan leading to insecurity and instability. A stable &amp; peaceful Afghanistan only be achieved through more, not less, regional &amp; int’l engagement. Pakistan, as an immediate neighbour cannot afford to disengage,”\n— *Shah Mahmood Qureshi*, Pakistan’s Foreign Minister",
          ),
          section(">“Pakistan was there. They talked about their unique role, from their perspective... they certainly said that we’re in a position where we have to engage to some degree,”\n— *a senior State Department official*"),
          { type: "context", elements: [mrkdwn("blinken-taliban-legitimacy.txt"), mrkdwn("3 min read · 10 quotes from 5 speakers")] },
          {
            type: "actions",
            block_id: "newsbrief_actions",
            elements: [
              button(0, "All quotes (10)", ""),
              button(1, "Antony Blinken (4)", "Antony Blinken"),
              button(2, "a senior State Department official (2)", "a senior State Department official"),
              button(3, "Shah Mahmood Qureshi (1)", "Shah Mahmood Qureshi"),
            ],
          },
        ],
      },
    ]);
  });

  it("renders /quotes 3 numbered, with its speaker and the paragraph around it", async () => {
    await ask("brief", "afghanistan");
    const [message, ...more] = renderSlackReply(await ask("quotes", "3"));
    expect(more).toEqual([]);
    expect(message?.blocks).toEqual([
      { type: "header", text: { type: "plain_text", text: "Quote 3 of 10", emoji: false } },
      { type: "context", elements: [mrkdwn("Blinken says Taliban legitimacy will have to be ’earned’")] },
      section(">*3.* “But nothing along the lines of, we think we have to recognise or legitimise the government in the near term,”\n— *a senior State Department official*"),
      section('*In context*\n"But nothing along the lines of, we think we have to recognise or legitimise the government in the near term," he said.'),
    ]);
  });

  it("keeps every reply of the sample inside Block Kit's limits and inert", async () => {
    await ask("brief", "afghanistan");
    for (const [name, argument] of [["brief", "afghanistan"], ["quotes", ""], ["quotes", "maas"], ["quotes", "nobody"], ["help", ""]] as const) {
      const messages = renderSlackReply(await ask(name, argument));
      expectWithinLimits(messages);
      expectInert(messages);
    }
  });
});

describe("renderSlackReply briefing details", () => {
  it("links only http(s) sources, keeps link labels from breaking out, and caps the context at 10 elements", () => {
    const sources = [
      { name: "Good | News > <!here>", url: "https://news.example/a?x=1&y=2" },
      { name: "Script", url: "javascript:alert(1)" },
      { name: "App link", url: "slack://open" },
      ...Array.from({ length: 12 }, (_, i) => ({ name: `Wire ${i}`, url: `https://wire.example/${i}` })),
    ];
    const [message] = renderSlackReply(briefingReply({ sources }));
    const context = message?.blocks.find((block) => block.type === "context");
    expect(context?.type === "context" && context.elements.map((e) => e.text)).toEqual([
      "<https://news.example/a?x=1&amp;y=2|Good ¦ News &gt; &lt;!here&gt;>",
      "Script",
      "App link",
      ...Array.from({ length: 5 }, (_, i) => `<https://wire.example/${i}|Wire ${i}>`),
      "and 7 more sources",
      "2 min read · 1 quote from 1 speaker",
    ]);
  });

  it("lists other matching stories under the briefing", () => {
    const [message] = renderSlackReply(briefingReply({}, { also: [{ headline: "Second <story>", sources: 1 }, { headline: "Third", sources: 4 }] }));
    expect(message?.blocks).toContainEqual(section("*Also in the news*\n• Second &lt;story&gt; (1 source)\n• Third (4 sources)"));
  });

  it("says so when the article had nothing to summarise or quote", () => {
    const [message] = renderSlackReply(briefingReply({ summary: [], quotes: [], keyQuotes: [], speakers: [], headline: "" }, { actions: [] }));
    expect(message?.blocks).toEqual([
      { type: "header", text: { type: "plain_text", text: "(untitled article)", emoji: false } },
      section("_The article has no text to summarise._"),
      { type: "context", elements: [mrkdwn("<https://news.example/story|Example News> · 2024-05-01"), mrkdwn("2 min read")] },
    ]);
  });

  it("marks unattributed quotes as such", () => {
    const [message] = renderSlackReply(briefingReply({ quotes: [quote("Nobody said this.", null)] }));
    expect(message?.blocks).toContainEqual(section(">“Nobody said this.”\n— _unattributed_"));
  });
});
