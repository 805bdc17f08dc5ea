/** Small feeds in every supported format, written inline (text fixtures, no binary). */

export const RSS2_WITH_CONTENT = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel>
    <title>Daily Example</title>
    <link>https://news.example/</link>
    <description>News</description>
    <language>en</language>
    <item>
      <title>Storm hits coast</title>
      <link>https://news.example/storm</link>
      <guid>urn:example:storm</guid>
      <pubDate>Mon, 01 Apr 2024 08:00:00 GMT</pubDate>
      <dc:creator>Jo Reporter</dc:creator>
      <description>A storm &lt;b&gt;hit&lt;/b&gt; the coast.</description>
      <content:encoded><![CDATA[<p>The storm hit the coast on Monday &amp; damaged homes.</p>]]></content:encoded>
    </item>
    <item>
      <title>Second story</title>
      <link>https://news.example/second</link>
      <content:encoded><![CDATA[<p>Second body.</p>]]></content:encoded>
    </item>
  </channel>
</rss>`;

/** An RSS 2.0 feed whose only item has a summary and a link but no full content; `link` is the item link. */
export function rssSummaryOnly(link: string, withSummary = true): string {
  return `<?xml version="1.0"?>
<rss version="2.0"><channel><title>Teasers</title><link>https://teasers.example/</link><description>d</description>
  <item><title>Teaser</title><link>${link}</link>${withSummary ? '<description>Only a teaser.</description>' : ''}</item>
</channel></rss>`;
}

export const RSS091 = `<?xml version="1.0"?>
<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd">
<rss version="0.91"><channel><title>Old School</title><link>http://old.example/</link><description>d</description><language>en-us</language>
  <item><title>Old item</title><link>http://old.example/1</link><description>Old description body.</description></item>
</channel></rss>`;

export const ATOM = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="de">
  <title>Atom Zeitung</title>
  <id>urn:atom:feed</id>
  <updated>2024-04-02T00:00:00Z</updated>
  <entry>
    <title>Erster Artikel</title>
    <id>urn:atom:1</id>
    <link rel="alternate" href="https://atom.example/1"/>
    <published>2024-04-01T09:30:00Z</published>
    <updated>2024-04-01T10:00:00Z</updated>
    <author><name>Max Muster</name></author>
    <summary type="html">&lt;p&gt;Kurz&lt;/p&gt;</summary>
    <content type="html">&lt;p&gt;Der ganze Artikel.&lt;/p&gt;</content>
  </entry>
  <entry>
    <title>Nur Text</title>
    <id>urn:atom:2</id>
    <updated>2024-04-01T11:00:00Z</updated>
    <content>Plain &lt; text body</content>
  </entry>
</feed>`;

export const RDF = `<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel rdf:about="https://rdf.example/"><title>RDF Times</title><link>https://rdf.example/</link><description>d</description><dc:language>fr</dc:language></channel>
  <item rdf:about="https://rdf.example/1">
    <title>Premier</title><link>https://rdf.example/1</link>
    <description>Le résumé complet.</description>
    <dc:date>2024-04-03T08:00:00+02:00</dc:date><dc:creator>Claire</dc:creator>
  </item>
</rdf:RDF>`;

export const JSON_FEED = {
  version: 'https://jsonfeed.org/version/1.1',
  title: 'JSON Daily',
  language: 'es',
  items: [
    { id: 'j1', url: 'https://json.example/1', title: 'Uno', content_html: '<p>Uno completo</p>', date_published: '2024-04-04T00:00:00Z', authors: [{ name: 'Ana' }] },
    { id: 'j2', title: 'Dos', content_text: 'Dos en texto' },
  ],
};

export const MALFORMED_RSS = `<?xml version="1.0"?>
<rss version="2.0"><channel><title>Cut off</title>
  <item><title>Half</title><link>https://cut.example/1</link><description>body</description></item>`;
