import type { APIRoute } from 'astro';
import { glossary } from '../../content.ts';

/** `/data/glossary.json`: every entry with its resolved definitions and where it is used. */
export const GET: APIRoute = () =>
  new Response(
    `${JSON.stringify(
      {
        entries: glossary.entries.map((entry) => ({
          ...entry,
          definitions: glossary.definitions.get(entry.slug),
          firstAppearance: glossary.firstAppearance.get(entry.slug)?.report.id ?? null,
          places: glossary.places.get(entry.slug),
          occurrences: glossary.occurrences.get(entry.slug)!.map(({ report, section, anchor, count }) => ({ report, section, anchor, count })),
        })),
      },
      null,
      1,
    )}\n`,
  );
