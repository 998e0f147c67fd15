import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { zoteroItems } from '../../../electron/core/import/formats/zotero-items.js';
import { isZoteroRdf, readZoteroGraph } from '../../../electron/core/import/formats/zotero-rdf-graph.js';
import { ZOTERO_EXPORT_DIR } from '../../support/fixtures.js';

const rdf = readFileSync(join(ZOTERO_EXPORT_DIR, 'Press cuttings.rdf'), 'utf8');
const summary = (text: string) =>
  zoteroItems(readZoteroGraph(text)).map((i) => ({
    title: i.title,
    tags: i.tags,
    collections: i.collections,
    files: i.files.map((f) => f.path),
  }));

describe('reading Zotero RDF', () => {
  it('reads items, tags, files and nested collections whatever prefixes the document gives the namespaces', () => {
    const expected = [
      {
        title: 'Night ferry service to resume in spring',
        tags: ['transport', 'ferries'],
        collections: [['Press cuttings', 'Transport']],
        files: ['files/12/night-ferry.html'],
      },
      { title: 'Cycle lanes consultation opens', tags: ['cycling', 'consultations'], collections: [['Press cuttings']], files: [] },
      { title: 'Annual budget review', tags: ['budget'], collections: [], files: ['files/16/budget-review.pdf'] },
    ];
    expect(summary(rdf)).toEqual(expected);
    const renamed = rdf
      .replace(/xmlns:z=/, 'xmlns:zot=')
      .replace(/<(\/?)z:/g, '<$1zot:')
      .replace(/xmlns:dc=/, 'xmlns:elements=')
      .replace(/<(\/?)dc:/g, '<$1elements:');
    expect(summary(renamed)).toEqual(expected);
  });

  it('tells Zotero RDF from other RDF', () => {
    expect(isZoteroRdf(rdf)).toBe(true);
    expect(isZoteroRdf('<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description/></rdf:RDF>')).toBe(false);
  });

  it('does not loop on a collection that contains itself', () => {
    const looped = rdf.replace(
      '<dcterms:hasPart rdf:resource="https://gazette.example.org/2024/03/night-ferry"/>',
      '$&<dcterms:hasPart rdf:resource="#collection_1"/>',
    );
    const ferry = zoteroItems(readZoteroGraph(looped))[0]!;
    expect(ferry.collections[0]!.slice(-2)).toEqual(['Press cuttings', 'Transport']);
  });
});
