import { transformerStyleToClass } from '@shikijs/transformers';
import { codeToHtml } from 'shiki';
import { markChineseTokens } from './shiki-chinese.ts';

/** Highlighted code examples and the one stylesheet their colours need. */
export interface HighlightedExamples {
  /** Shiki's HTML for each example, in the order given (text escaped by Shiki's HTML serializer). */
  html: string[];
  /** The colour classes the examples use, as one stylesheet. */
  css: string;
}

/**
 * Highlights JSON examples with classes instead of Shiki's usual `style` attributes: inline style attributes would need
 * `'unsafe-inline'` (or `'unsafe-hashes'`) in the Content-Security-Policy. The stylesheet is served as a file
 * (src/pages/code-colours.css.ts), because Astro places its policy after any inline `<style>` a page puts in the head,
 * where the policy could not cover it; Astro's `<Code>` cannot do this at all.
 */
export async function highlightJsonExamples(examples: string[]): Promise<HighlightedExamples> {
  const styleToClass = transformerStyleToClass({ classPrefix: 'shiki-' });
  const html: string[] = [];
  for (const code of examples) {
    html.push(await codeToHtml(code, { lang: 'json', theme: 'github-dark', transformers: [markChineseTokens, styleToClass] }));
  }
  return { html, css: styleToClass.getCSS() };
}
