import { z } from 'zod';
import { adminLevelSchema } from './manifest.ts';

/** The places of the site (`content/places.json`): Shanxi, its prefectures, and Yuncheng's county-level divisions. */
export const placeSchema = z.object({
  /** URL id; the same ids as the manifest's report places. */
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** Official Chinese name (`新绛县`). */
  zh: z.string().min(2),
  /** Official English name, disambiguated where another place shares it (Xinjiang County, not Xinjiang 新疆). */
  en: z.string().min(2),
  /** A warning for English readers about a name shared with another place, if any. */
  enNote: z.string().nullable(),
  /** Hanyu pinyin of the Chinese name. */
  pinyin: z.string().min(2),
  /** Administrative level; the same levels as the manifest's. */
  level: adminLevelSchema,
  /** Id of the place it belongs to; null for the province. */
  parent: z.string().nullable(),
  /** Other forms the reports use for this place alone (`新绛`, `绛州`). Forms that can mean something else are not listed. */
  shortForms: z.array(z.string().min(2)),
  /** Position in the schematic grid of Yuncheng's counties (columns west to east, rows north to south); null off the grid. */
  grid: z.object({ column: z.number().int().nonnegative(), row: z.number().int().nonnegative() }).nullable(),
});

export const placesFileSchema = z.object({
  /** The place the atlas is about (Yuncheng): it and the places under it come first in every list, the rest is context. */
  focus: z.string().regex(/^[a-z0-9-]+$/),
  places: z.array(placeSchema).min(1),
  /** Abbreviations that name several places at once (`盐临夏` = 盐湖 + 临猗 + 夏县). */
  groups: z.array(z.object({ form: z.string().min(2), places: z.array(z.string()).min(2), note: z.string() })),
  /** Words that contain a place name but do not mention the place (brands, the salt lake). */
  notMentions: z.array(z.object({ form: z.string().min(2), note: z.string() })),
});

export type Place = z.infer<typeof placeSchema>;
export type PlacesFile = z.infer<typeof placesFileSchema>;
