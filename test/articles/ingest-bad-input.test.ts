import { describe, expect, it } from "vitest";
import { IngestError, type IngestErrorCode } from "../../src/articles/ingest-error.js";
import { ingestArticle, type ArticleInput, type IngestOptions } from "../../src/articles/ingest.js";

function errorOf(input: ArticleInput, options?: IngestOptions): IngestError {
  try {
    ingestArticle(input, options);
  } catch (error) {
    if (error instanceof IngestError) return error;
    throw error;
  }
  throw new Error("expected an IngestError");
}

function codeOf(input: ArticleInput, options?: IngestOptions): IngestErrorCode {
  return errorOf(input, options).code;
}

const PNG_HEADER = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52];

/** Deterministic pseudo-random bytes (no NUL), like compressed data. */
function noise(length: number): Uint8Array {
  const bytes = new Uint8Array(length);
  let state = 12345;
  for (let i = 0; i < length; i++) {
    state = (state * 1103515245 + 12345) >>> 0;
    bytes[i] = 1 + ((state >>> 16) % 255);
  }
  return bytes;
}

describe("ingestArticle: bad input", () => {
  it.each<[string, string | Uint8Array]>([
    ["an empty string", ""],
    ["empty bytes", new Uint8Array(0)],
    ["whitespace", " \n\t\r\n  \u00a0"],
    ["zero-width characters", "\u200b\u200d\ufeff\n"],
  ])("refuses %s as empty", (_label, content) => {
    const error = errorOf({ content });
    expect(error.code).toBe("empty");
    expect(error.name).toBe("IngestError");
    expect(error.message).toMatch(/empty/);
  });

  it("refuses binary files: NUL bytes, control characters, noise", () => {
    expect(codeOf({ content: Uint8Array.from([...PNG_HEADER, ...new TextEncoder().encode("rest of the image")]) })).toBe("binary");
    expect(codeOf({ content: "text\u0000with a NUL" })).toBe("binary");
    expect(codeOf({ content: "\u0001\u0002\u0003\u0004 abc \u0005\u0006" })).toBe("binary");
    expect(codeOf({ content: noise(20_000), fileName: "story.txt" })).toBe("binary");
    expect(errorOf({ content: "a\u0000b" }).message).toMatch(/binary file/);
  });

  it("refuses input with no text once markup is removed", () => {
    expect(codeOf({ content: "```\nconst x = 1;\n```\n", fileName: "code.md" })).toBe("no-text");
    expect(codeOf({ content: "Advertisement\nShare this article" })).toBe("no-text");
    expect(codeOf({ content: "<html><body><script>var a = 1;</script></body></html>" })).toBe("no-article");
  });

  it("decodes a declared charset, legacy bytes without one, and UTF-8/UTF-16 BOMs", () => {
    // "Café “open”" in windows-1252: é = E9, curly quotes = 93/94.
    const legacy = Uint8Array.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x93, 0x6f, 0x70, 0x65, 0x6e, 0x94]);
    expect(ingestArticle({ content: legacy, contentType: "text/plain; charset=windows-1252" }).title).toBe("Café “open”");
    expect(ingestArticle({ content: legacy }).title).toBe("Café “open”");
    const latin1 = Uint8Array.from([0x4d, 0xfc, 0x6c, 0x6c, 0x65, 0x72]);
    expect(ingestArticle({ content: latin1, contentType: "text/plain; charset=\"ISO-8859-1\"" }).title).toBe("Müller");
    const bom = Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode("Città chiusa")]);
    expect(ingestArticle({ content: bom }).title).toBe("Città chiusa");
    const utf16 = Uint8Array.from([0xff, 0xfe, ...[..."Zürich"].flatMap((c) => [c.charCodeAt(0), 0])]);
    expect(ingestArticle({ content: utf16 }).title).toBe("Zürich");
  });

  it("keeps valid UTF-8 with one stray byte as UTF-8", () => {
    const bytes = Uint8Array.from([...new TextEncoder().encode("Straße – “Zürich” "), 0xff]);
    expect(ingestArticle({ content: bytes }).title).toBe("Straße – “Zürich” \ufffd".trim());
  });

  it("truncates a 10 MB text at a paragraph boundary, and flags it", () => {
    const paragraph = "The committee met again on Thursday and agreed to publish its findings “within weeks” — officials said.\n";
    const text = `Inquiry report delayed\n${paragraph.repeat(Math.ceil((10 * 1024 * 1024) / paragraph.length))}`;
    const article = ingestArticle({ content: text });
    expect(article.truncated).toBe(true);
    expect(article.title).toBe("Inquiry report delayed");
    expect(article.paragraphs.at(-1)).toBe(paragraph.trim());
    expect(article.paragraphs.length).toBeLessThan(5 * 1024 * 1024 / paragraph.length);
  });

  it("truncates bytes and one huge line too, without splitting a character", () => {
    const line = "Ünïcödé “text” ".repeat(100_000);
    const article = ingestArticle({ content: new TextEncoder().encode(line), fileName: "big.txt" }, { maxBytes: 100_000 });
    expect(article.truncated).toBe(true);
    expect(article.paragraphs).toHaveLength(1);
    expect(article.paragraphs[0]).not.toContain("\ufffd");
    expect(new TextEncoder().encode(article.paragraphs[0]).length).toBeLessThanOrEqual(100_000);
  });

  it("refuses oversize input with a clear message when asked to", () => {
    const error = errorOf({ content: "x ".repeat(600_000) }, { maxBytes: 1024 * 1024, oversize: "reject" });
    expect(error.code).toBe("too-large");
    expect(error.message).toBe("That input is 1.1 MB; the limit is 1.0 MB. Send a single article.");
  });

  it("does not flag input under the cap", () => {
    expect(ingestArticle({ content: "Short story\n\nIt is short." }).truncated).toBeUndefined();
  });
});
