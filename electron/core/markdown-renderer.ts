import type { MarkdownIt, MarkdownItOptions } from 'markdown-it';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/**
 * A markdown-it renderer with these options, made the first time it is asked for: loading
 * markdown-it is a good share of every start of the CLI and of `cuttings serve`, and only
 * dossiers with notes and imported Markdown use it.
 */
export function markdownRenderer(options: MarkdownItOptions): () => MarkdownIt {
  let renderer: MarkdownIt | null = null;
  return () => {
    renderer ??= new (require('markdown-it') as typeof import('markdown-it').default)(options);
    return renderer;
  };
}
