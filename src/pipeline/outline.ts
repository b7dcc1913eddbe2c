import type { ReportTree, Section } from './types.ts';

/** The compact outline printed by `npm run outline`. */
export interface Outline {
  title: string | null;
  date: string | null;
  sections: OutlineSection[];
  notes: { label: string; text: string }[];
  stats: ReportTree['stats'];
}

export interface OutlineSection {
  label: string | null;
  title: string | null;
  children: OutlineSection[];
}

function toOutlineSection(section: Section): OutlineSection {
  return { label: section.label, title: section.title, children: section.children.map(toOutlineSection) };
}

export function toOutline(tree: ReportTree): Outline {
  return {
    title: tree.metadata.title,
    date: tree.metadata.date,
    sections: tree.sections.map(toOutlineSection),
    notes: tree.notes.map((note) => ({ label: note.label, text: note.text })),
    stats: tree.stats,
  };
}
