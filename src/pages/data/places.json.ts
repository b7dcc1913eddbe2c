import type { APIRoute } from 'astro';
import { mentions, places, reports } from '../../content.ts';

/** `/data/places.json`: the places, their reports, and every mention of each place in other places' reports. */
export const GET: APIRoute = () =>
  new Response(
    `${JSON.stringify(
      {
        places: places.places.map((place) => ({
          ...place,
          reports: reports.filter((document) => document.report.place.id === place.id).map((document) => document.report.id),
          mentionedIn: mentions.filter((mention) => mention.place === place.id).map(({ report, section, anchor, count }) => ({ report, section, anchor, count })),
        })),
        groups: places.groups,
        notMentions: places.notMentions,
      },
      null,
      1,
    )}\n`,
  );
