// Hand-written feeds and articles for the source tests (no evaluation text).

export const LONG_BODY = [
  "The city council approved the new transit budget on Tuesday after a debate that lasted well into the night, with members split over fares.",
  "\"This plan keeps buses running on every route we have today,\" said council leader Margaret Osei, who had pushed for the budget since spring.",
  "Opponents argued that the fare rise would hurt commuters on the edge of the city, where bus lines are the only way to reach jobs in the centre.",
  "The budget adds two tram lines by 2027 and keeps night buses, while the fare for a single trip rises by ten cents from the first of January.",
  "Transport officials said the new lines would be built in stages, starting with the route along the river, and that work would begin in the spring.",
];

export const PAGE_HTML = (title: string, lead: string): string => `<!DOCTYPE html><html><head><title>${title}</title></head><body>
<nav><a href="/">Home</a></nav><article><h1>${title}</h1>
<p>${lead} The announcement came after months of talks between the two sides, officials said on Wednesday.</p>
<p>"We are pleased with the outcome and we will keep working," said spokesperson Daniel Park, speaking to reporters outside the hall.</p>
<p>The agreement covers the next three years and will be reviewed by an independent panel before it takes effect next summer.</p>
</article></body></html>`;

export interface RssEntry {
  guid: string;
  link: string;
  title: string;
  description: string;
  content?: string;
  date?: string;
}

export function rss(title: string, entries: RssEntry[]): string {
  const items = entries
    .map(
      (e) => `<item><title>${e.title}</title><link>${e.link}</link><guid isPermaLink="false">${e.guid}</guid>
<pubDate>${e.date ?? "Tue, 03 Sep 2024 10:00:00 GMT"}</pubDate><description><![CDATA[${e.description}]]></description>
${e.content === undefined ? "" : `<content:encoded><![CDATA[${e.content}]]></content:encoded>`}</item>`,
    )
    .join("\n");
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
<title>${title}</title><link>https://news.example/</link><description>Test feed</description>
${items}
</channel></rss>`;
}

export const ATOM = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title type="text">Atom Wire</title><id>urn:uuid:feed</id><updated>2024-09-03T12:00:00Z</updated>
  <entry>
    <title type="html">Council &lt;em&gt;approves&lt;/em&gt; transit budget</title>
    <id>urn:uuid:entry-1</id><updated>2024-09-03T12:00:00Z</updated><published>2024-09-03T11:00:00+02:00</published>
    <link rel="alternate" type="text/html" href="/2024/09/budget"/>
    <link rel="enclosure" href="/audio.mp3"/>
    <summary>A short summary.</summary>
    <content type="html">${LONG_BODY.map((p) => `&lt;p&gt;${p.replace(/"/g, "&quot;")}&lt;/p&gt;`).join("")}</content>
  </entry>
  <entry>
    <title>Plain text entry</title><id>urn:uuid:entry-2</id><updated>2024-09-02T08:00:00Z</updated>
    <link href="https://atom.example/plain"/>
    <content type="text">First line of text &amp; more.

Second paragraph.</content>
  </entry>
</feed>`;

export const JSON_FEED = JSON.stringify({
  version: "https://jsonfeed.org/version/1.1",
  title: "JSON Desk",
  items: [
    { id: "j-1", url: "https://json.example/one", title: "JSON item one", content_html: `<p>${LONG_BODY.join("</p><p>")}</p>`, date_published: "2024-09-03T09:30:00Z" },
    { id: 2, url: "https://json.example/two", title: "JSON item two", summary: "Only a summary here.", content_text: "Some text.\n\nMore text." },
  ],
});

export const RDF = `<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel rdf:about="https://rdf.example/"><title>RDF Gazette</title><link>https://rdf.example/</link><description>d</description>
    <items><rdf:Seq><rdf:li resource="https://rdf.example/a"/></rdf:Seq></items></channel>
  <item rdf:about="https://rdf.example/a"><title>Harbour reopens</title><link>https://rdf.example/a</link>
    <description>The harbour reopened on Monday.</description><dc:date>2024-09-01T07:00:00Z</dc:date></item>
</rdf:RDF>`;

/** Undeclared entities (HTML names in XML), a bare ampersand, an unknown entity. */
export const BROKEN_ENTITIES = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Broken &amp; Co &nbsp;News</title><link>https://broken.example/</link><description>d</description>
<item><title>Prices rise &mdash; again &bogus; at AT&T</title><link>https://broken.example/1</link>
<description>Caf&eacute; owners say &ldquo;enough&rdquo; &amp; more.</description></item>
<item><title>Second item</title><link>https://broken.example/2</link><description>Fine.</description></item>
</channel></rss>`;
