import { findFullDates, formatDate } from '../../../shared/clipper/date.js';
import { valueOf, type RdfResource, type XmlNode, type ZoteroGraph } from './zotero-rdf-graph.js';

/** A file Zotero exported beside the RDF (a snapshot, a PDF), by its path in the export. */
export interface ZoteroFile {
  path: string;
  mime: string;
  charset: string;
}

/** One Zotero item with what Cuttings keeps of it. */
export interface ZoteroItem {
  itemType: string;
  title: string;
  /** YYYY-MM-DD, or null when Zotero's date has no day (a year, a month, "Spring 2021"). */
  date: string | null;
  url: string | null;
  publication: string | null;
  byline: string[];
  abstract: string;
  tags: string[];
  /** The item's child notes, HTML as Zotero keeps them. */
  notes: string[];
  files: ZoteroFile[];
  /** The collections it is in, each as a path of names from the top. */
  collections: string[][];
}

/** Item types that are not items of their own: they hang under one. */
const CHILD_TYPES = new Set(['attachment', 'note']);

/** Who wrote it: the authors, or for an item that has none, its other contributors. */
const CREATOR_PROPERTIES = ['bib:authors', 'z:bookAuthors', 'bib:contributors', 'bib:editors'];

/** Zotero writes the date as the user typed it ("2023-05-04", "May 4, 2023", "04.05.2023"). */
function zoteroDay(raw: string): string | null {
  const found = findFullDates(raw)[0];
  return found?.year ? formatDate(found.year, found.month, found.day) : null;
}

const personName = (person: RdfResource) =>
  [person.text('foaf:givenName'), person.text('foaf:surname')].filter(Boolean).join(' ') || person.text('foaf:name');

/** `<bib:authors><rdf:Seq><rdf:li><foaf:Person>…` in order. */
function creators(graph: ZoteroGraph, item: RdfResource): string[] {
  for (const property of CREATOR_PROPERTIES) {
    const names = item
      .all(property)
      .flatMap((list) => graph.resolve(list)?.all('rdf:li') ?? [])
      .map((li) => graph.resolve(li))
      .filter((p): p is RdfResource => p !== null)
      .map(personName)
      .filter(Boolean);
    if (names.length) return names;
  }
  return [];
}

/** The newspaper, magazine, website or blog it appeared in; for a report or a press release, who issued it. */
function publicationOf(graph: ZoteroGraph, item: RdfResource): string | null {
  const container = graph.resolve(item.all('dcterms:isPartOf')[0])?.text('dc:title');
  if (container) return container;
  const publisher = graph.resolve(item.all('dc:publisher')[0]);
  return publisher?.text('foaf:name') || item.text('z:publisher') || null;
}

function urlOf(graph: ZoteroGraph, item: RdfResource): string | null {
  for (const identifier of item.all('dc:identifier')) {
    const uri = graph.resolve(identifier);
    const value = uri?.kind === 'dcterms:URI' ? uri.text('rdf:value') : '';
    if (/^https?:\/\//i.test(value)) return value;
  }
  return item.about && /^https?:\/\//i.test(item.about) ? item.about : null;
}

const pointerOf = (node: XmlNode | undefined) => (node && typeof node === 'object' ? node['@rdf:resource'] : undefined);

function filesOf(graph: ZoteroGraph, item: RdfResource): ZoteroFile[] {
  const files: ZoteroFile[] = [];
  for (const link of item.all('link:link')) {
    const attachment = graph.resolve(link);
    const path = pointerOf(attachment?.all('rdf:resource')[0]);
    if (!attachment || typeof path !== 'string' || !path) continue;
    files.push({ path, mime: attachment.text('link:type').toLowerCase(), charset: attachment.text('link:charset') });
  }
  return files;
}

const notesOf = (graph: ZoteroGraph, item: RdfResource) =>
  item
    .all('dcterms:isReferencedBy')
    .map((ref) => graph.resolve(ref))
    .filter((memo): memo is RdfResource => memo?.kind === 'bib:Memo')
    .map((memo) => memo.text('rdf:value'))
    .filter(Boolean);

/** Each item's collection paths, from the collections' `dcterms:hasPart` (items and sub-collections alike). */
function collectionPaths(graph: ZoteroGraph): Map<RdfResource, string[][]> {
  const collections = graph.resources.filter((r) => r.kind === 'z:Collection');
  const parent = new Map<RdfResource, RdfResource>();
  const members = new Map<RdfResource, RdfResource[]>();
  for (const collection of collections) {
    for (const part of collection.all('dcterms:hasPart')) {
      const child = graph.resolve(part);
      if (!child) continue;
      if (child.kind === 'z:Collection') parent.set(child, collection);
      else members.set(child, [...(members.get(child) ?? []), collection]);
    }
  }
  const pathOf = (collection: RdfResource): string[] => {
    const path: string[] = [];
    // A collection that contains itself, directly or not, would loop; its path stops where it repeats.
    for (let c: RdfResource | undefined = collection; c && path.length <= collections.length; c = parent.get(c))
      path.unshift(c.text('dc:title') || 'Untitled collection');
    return path;
  };
  return new Map([...members].map(([item, cs]) => [item, cs.map(pathOf)]));
}

/** The export's items (not their attachments and notes), in the order Zotero wrote them. */
export function zoteroItems(graph: ZoteroGraph): ZoteroItem[] {
  const paths = collectionPaths(graph);
  return graph.resources
    .filter((r) => r.text('z:itemType') && !CHILD_TYPES.has(r.text('z:itemType')))
    .map((item) => ({
      itemType: item.text('z:itemType'),
      title: item.text('dc:title'),
      date: zoteroDay(item.text('dc:date')),
      url: urlOf(graph, item),
      publication: publicationOf(graph, item),
      byline: creators(graph, item),
      abstract: item.text('dcterms:abstract'),
      tags: [...new Set(item.all('dc:subject').map((s) => valueOf(graph, s)))].filter(Boolean),
      notes: notesOf(graph, item),
      files: filesOf(graph, item),
      collections: paths.get(item) ?? [],
    }));
}
