import { xmlParser } from './xml-parser.js';

/**
 * Zotero RDF as read: every resource the export describes (items, attachments, notes, collections,
 * journals), by the address it is described at. RDF/XML may describe a resource in place or point
 * at one described elsewhere (`rdf:resource`); `resolve` follows both the same way.
 */

/** An element as fast-xml-parser gives it with every child in a list: text, or attributes and children. */
type XmlNode = string | { [name: string]: XmlNode[] | string | undefined };

export interface ZoteroGraph {
  /** The resources described at the top of the export, in document order. */
  resources: RdfResource[];
  resolve(node: XmlNode | undefined): RdfResource | null;
}

export interface RdfResource {
  /** The element's name with Zotero's usual prefix (`bib:Article`, `z:Collection`). */
  kind: string;
  about: string | null;
  /** The children of one name (`dc:subject`), as written. */
  all(name: string): XmlNode[];
  /** The text of the first child of that name, trimmed ("" when there is none). */
  text(name: string): string;
}

/** The namespaces Zotero writes, by the prefixes it gives them; an export that chose other prefixes is read through these. */
const PREFIXES: Readonly<Record<string, string>> = {
  'http://www.w3.org/1999/02/22-rdf-syntax-ns#': 'rdf',
  'http://www.zotero.org/namespaces/export#': 'z',
  'http://purl.org/dc/elements/1.1/': 'dc',
  'http://purl.org/dc/terms/': 'dcterms',
  'http://purl.org/net/biblio#': 'bib',
  'http://xmlns.com/foaf/0.1/': 'foaf',
  'http://purl.org/rss/1.0/modules/link/': 'link',
  'http://prismstandard.org/namespaces/1.2/basic/': 'prism',
  'http://nwalsh.com/rdf/vCard#': 'vcard',
};

const RDF_ROOT = /<(?:([\w.-]+):)?RDF[\s>][\s\S]*?xmlns(?::[\w.-]+)?=["']http:\/\/www\.zotero\.org\/namespaces\/export#["']/;

/** Zotero RDF: an `rdf:RDF` document declaring Zotero's export namespace. */
export const isZoteroRdf = (text: string) => RDF_ROOT.test(text.slice(0, 4_000));

/** `xmlns:x="uri"` on the root, as a renaming of the document's prefixes to Zotero's. */
function prefixRenames(root: Record<string, unknown>): Map<string, string> {
  const renames = new Map<string, string>();
  for (const [key, value] of Object.entries(root)) {
    const declared = /^@xmlns:(.+)$/.exec(key)?.[1];
    const usual = typeof value === 'string' ? PREFIXES[value] : undefined;
    if (declared && usual) renames.set(declared, usual);
  }
  return renames;
}

const elementText = (node: XmlNode | undefined): string => {
  if (node === undefined) return '';
  if (typeof node === 'string') return node.trim();
  const text = node['#text'];
  return typeof text === 'string' ? text.trim() : '';
};

/** The document's element tree, with its prefixes renamed to Zotero's; throws on XML that is not well formed. */
function parseRdf(text: string): Record<string, XmlNode[] | string | undefined> {
  const parser = xmlParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    isArray: (_name, _path, _leaf, isAttribute) => !isAttribute,
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: true,
  });
  const doc = parser.parse(text, true) as Record<string, XmlNode[]>;
  const rootName = Object.keys(doc).find((k) => /(^|:)RDF$/.test(k));
  const root = rootName ? doc[rootName]?.[0] : undefined;
  if (!root || typeof root !== 'object') throw new Error('it has no rdf:RDF element');
  const renames = prefixRenames(root);
  const rename = (name: string) => {
    const colon = name.indexOf(':');
    if (colon < 0) return name;
    const at = name.startsWith('@') ? '@' : '';
    const prefix = name.slice(at.length, colon);
    return `${at}${renames.get(prefix) ?? prefix}${name.slice(colon)}`;
  };
  const renamed = (node: XmlNode): XmlNode => {
    if (typeof node === 'string') return node;
    const out: Record<string, XmlNode[] | string | undefined> = {};
    for (const [key, value] of Object.entries(node)) out[rename(key)] = Array.isArray(value) ? value.map(renamed) : value;
    return out;
  };
  return renamed(root) as Record<string, XmlNode[] | string | undefined>;
}

function resourceOf(kind: string, node: XmlNode): RdfResource {
  const fields = typeof node === 'string' ? {} : node;
  const about = fields['@rdf:about'];
  const all = (name: string) => {
    const value = fields[name];
    return Array.isArray(value) ? value : [];
  };
  return { kind, about: typeof about === 'string' ? about : null, all, text: (name) => elementText(all(name)[0]) };
}

/** A resource described in place has one element inside its property (`<dcterms:isPartOf><bib:Journal>…`). */
function describedInside(node: XmlNode): RdfResource | null {
  if (typeof node === 'string') return null;
  for (const [key, value] of Object.entries(node)) {
    if (key.startsWith('@') || key === '#text' || !Array.isArray(value) || !value[0]) continue;
    return resourceOf(key, value[0]);
  }
  return null;
}

export function readZoteroGraph(text: string): ZoteroGraph {
  const root = parseRdf(text);
  const resources: RdfResource[] = [];
  for (const [kind, value] of Object.entries(root)) {
    if (kind.startsWith('@') || !Array.isArray(value)) continue;
    for (const node of value) resources.push(resourceOf(kind, node));
  }
  const byAbout = new Map(resources.filter((r) => r.about !== null).map((r) => [r.about!, r]));
  const resolve = (node: XmlNode | undefined): RdfResource | null => {
    if (node === undefined || typeof node === 'string') return null;
    const pointer = node['@rdf:resource'];
    if (typeof pointer === 'string') return byAbout.get(pointer) ?? null;
    return describedInside(node);
  };
  return { resources, resolve };
}

/** The text a property holds directly, or through the resource it names (`<dc:subject><z:AutomaticTag><rdf:value>`). */
export function valueOf(graph: ZoteroGraph, node: XmlNode | undefined): string {
  const direct = elementText(node);
  if (direct) return direct;
  return graph.resolve(node)?.text('rdf:value') ?? '';
}

export type { XmlNode };
