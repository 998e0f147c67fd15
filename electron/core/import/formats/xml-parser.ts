import type { X2jOptions, XMLParser } from 'fast-xml-parser';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/**
 * An XML parser with these options, fast-xml-parser loaded with the first XML export read
 * (Evernote, Zotero RDF) rather than at every start of the CLI and of `cuttings serve`.
 */
export function xmlParser(options: X2jOptions): XMLParser {
  const { XMLParser } = require('fast-xml-parser') as typeof import('fast-xml-parser');
  return new XMLParser(options);
}
