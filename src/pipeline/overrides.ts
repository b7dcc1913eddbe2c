/** Per-report decisions no general rule can make, and editors' notes; read from `seeds/<id>.overrides.json` and `.annotations.json`. */

/** A decision no general rule can make, for one report, with the source line it applies to and why. */
export interface Override {
  /** First source line of the paragraph the override applies to. */
  line: number;
  /**
   * text-lost-at-break: the paragraph does not continue the one before it although that one ends mid-sentence;
   *   words were lost at the page join, shown as a gap.
   * box-ends-before: the box (专栏) open before this paragraph ends here; the paragraph is body text again.
   * closing-starts: this paragraph and the rest of the body close the report; they belong to no section.
   * parent-resumes: this paragraph belongs to the parent of the open subsection, after its subsections (a part's
   *   summary after its last numbered item); nothing but the numbering marks where a subsection ends.
   */
  rule: 'text-lost-at-break' | 'box-ends-before' | 'closing-starts' | 'parent-resumes';
  reason: string;
}

/** An editor's note that a word is probably mistyped in the source; shown to readers, never applied. */
export interface SuspectedTypo {
  /** Source line where the text is printed. */
  line: number;
  /** The characters as printed (unique on that line). */
  text: string;
  /** What was probably meant. */
  suggestion: string;
  /** Why, for readers and reviewers. */
  note: string;
}

export interface ParseOptions {
  overrides?: Override[];
  suspectedTypos?: SuspectedTypo[];
}
