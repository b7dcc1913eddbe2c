import type { ReportTree } from '../pipeline/types.ts';
import { linkableTexts } from './term-matching.ts';

/**
 * Strings a report prints in Chinese quotation marks (“…”), the way local reports flag their slogans. Titles in
 * book marks (《…》) and quotations of a sentence or more are left out: a slogan is short and has no sentence
 * punctuation. Pure: trees in, counts out.
 */
const QUOTED = /“([^“”]{1,16})”/g;
const SENTENCE_PUNCTUATION = /[，。；：！？、,;:!?]/;

/** The quoted strings of one report's text (body, notes labels and appendices), each once. */
export function quotedStrings(tree: ReportTree): Set<string> {
  const found = new Set<string>();
  const texts = [...linkableTexts(tree).map((unit) => unit.text), ...tree.notes.map((note) => note.label)];
  for (const text of texts) {
    for (const match of text.matchAll(QUOTED)) {
      const term = match[1]!.trim();
      if (term && !SENTENCE_PUNCTUATION.test(term)) found.add(term);
    }
  }
  return found;
}

/** Quoted strings with the reports that print them, for those printed by at least `minReports` reports. */
export function sharedQuotedTerms(reports: { id: string; tree: ReportTree }[], minReports: number): Map<string, string[]> {
  const byTerm = new Map<string, string[]>();
  for (const { id, tree } of reports) for (const term of quotedStrings(tree)) byTerm.set(term, [...(byTerm.get(term) ?? []), id]);
  return new Map([...byTerm].filter(([, ids]) => ids.length >= minReports).sort(([a], [b]) => a.localeCompare(b, 'zh')));
}
