import type { Annotation, Mark, RunIn } from '../pipeline/types.ts';

/** A run of a paragraph's text with the same formatting, ready to render as text (never as HTML). */
export interface Segment {
  text: string;
  strong: boolean;
  sub: boolean;
  /** Index into the paragraph's annotations that cover this run, if any. */
  annotation: number | null;
  /** Index into the term links that cover this run, if any. */
  link: number | null;
}

/** A run-in heading (`一是…。`) and the segments inside it, or plain segments between run-ins. */
export interface SegmentGroup {
  runIn: RunIn | null;
  segments: Segment[];
}

/**
 * Cuts a paragraph's text at every mark, run-in and annotation boundary. Offsets are UTF-16 code units, as the
 * pipeline records them; the display text must have the same length (normalizePunctuation keeps it).
 */
export function toSegmentGroups(text: string, marks: Mark[], runIns: RunIn[], annotations: Annotation[], links: { start: number; end: number }[] = []): SegmentGroup[] {
  const spans = annotations.flatMap((annotation, index) => (annotation.span ? [{ ...annotation.span, index }] : []));
  const cuts = new Set([0, text.length]);
  for (const range of [...marks, ...runIns, ...spans, ...links]) {
    cuts.add(Math.max(0, Math.min(text.length, range.start)));
    cuts.add(Math.max(0, Math.min(text.length, range.end)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const groups: SegmentGroup[] = [];
  for (let index = 0; index < points.length - 1; index++) {
    const start = points[index]!;
    const end = points[index + 1]!;
    const covers = (range: { start: number; end: number }) => range.start <= start && end <= range.end;
    const segment: Segment = {
      text: text.slice(start, end),
      strong: marks.some((mark) => mark.kind === 'strong' && covers(mark)),
      sub: marks.some((mark) => mark.kind === 'sub' && covers(mark)),
      annotation: spans.find(covers)?.index ?? null,
      link: links.findIndex(covers) === -1 ? null : links.findIndex(covers),
    };
    const runIn = runIns.find(covers) ?? null;
    const last = groups.at(-1);
    if (last && last.runIn === runIn) last.segments.push(segment);
    else groups.push({ runIn, segments: [segment] });
  }
  return groups;
}
