import type { SyntheticArticles } from './synthetic-text.js';

/**
 * A whole news page as a browser hands it over when the user selects all and copies with markup:
 * head with meta tags, JSON-LD and inline scripts and styles, navigation, the article, a
 * related-links rail, comments and a footer. `scriptKB` pads the inline scripts, as the heaviest
 * real pages are mostly script.
 */
export function syntheticPage(text: SyntheticArticles, index: number, options: { words: number; links: number; scriptKB: number }): string {
  const paragraphs = text.article(index, options.words).split('\n\n');
  const links = Array.from(
    { length: options.links },
    (_, i) => `<li><a href="/section/${i}">${text.vocabulary[(index + i * 7) % text.vocabulary.length]} ${i}</a></li>`,
  ).join('');
  const items: string[] = [];
  for (let size = 0, i = 0; size < options.scriptKB * 1024; i++) {
    const item = JSON.stringify({ id: i, label: text.vocabulary[i % text.vocabulary.length] });
    items.push(item);
    size += item.length + 1;
  }
  const script = `<script>window.__state={"items":[${items.join(',')}]}</script>`;
  return `<!doctype html><html><head><title>${paragraphs[0]} | Northern Post</title>
<meta charset="utf-8"><meta property="og:site_name" content="Northern Post"><meta property="og:url" content="https://news.example.org/2024/03/0${(index % 9) + 1}/story-${index}">
<link rel="canonical" href="https://news.example.org/2024/03/0${(index % 9) + 1}/story-${index}">
<script type="application/ld+json">{"@type":"NewsArticle","headline":"Story ${index}","datePublished":"2024-03-01T10:00:00Z","author":{"@type":"Person","name":"Anna Novak"}}</script>
<style>${'.c{color:#333;margin:0 auto}'.repeat(400)}</style>${script}</head>
<body><header><nav><ul>${links}</ul></nav></header>
<main><article><h1>${paragraphs[0]}</h1><p class="byline">By Anna Novak</p><time datetime="2024-03-01">March 1, 2024</time>
${paragraphs
  .slice(1)
  .map((p) => `<p>${p}</p>`)
  .join('\n')}
<figure><img src="/a.jpg" alt=""><figcaption>A harbour at dawn. Photo: Ingrid Lindqvist</figcaption></figure></article>
<aside><h2>Most read</h2><ul>${links}</ul></aside></main>
<section class="comments">${Array.from({ length: 20 }, (_, i) => `<div class="comment"><b>reader${i}</b><p>${text.article(index + i + 1, 30)}</p></div>`).join('')}</section>
<footer><ul>${links}</ul><p>© 2024 Northern Post. All rights reserved.</p></footer></body></html>`;
}
