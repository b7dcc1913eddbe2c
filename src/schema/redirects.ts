import { z } from 'zod';

/** A site path as the site writes its pages: absolute, ending in a slash, no query or fragment. */
const pagePath = z
  .string()
  .refine((path) => path.startsWith('/') && path.endsWith('/') && !/[?#\s]/.test(path), { message: 'must be a page path such as "/zh/reports/x/3-2/": starting and ending with "/", without "?", "#" or spaces' });

/** One moved page. */
export const redirectSchema = z
  .object({
    /** The old address, which keeps working: citations and syllabi hold it. Never the root page. */
    from: pagePath.refine((path) => path !== '/', { message: 'the root page cannot move' }),
    /** Where the page is now. */
    to: pagePath,
    /** Why it moved, for whoever reads the list later. */
    reason: z.string().min(5, { message: 'say why the page moved' }),
  })
  .refine((redirect) => redirect.from !== redirect.to, { message: 'a page cannot redirect to itself' });

/**
 * `content/redirects.json`: pages that moved. The stable-URL gate fails when a URL of public-urls.txt disappears; a
 * line here keeps it working as a small page that sends the reader on, carrying the paragraph anchor (`#p4`) along.
 */
export const redirectsFileSchema = z
  .object({ redirects: z.array(redirectSchema) })
  .refine((file) => new Set(file.redirects.map((redirect) => redirect.from)).size === file.redirects.length, { message: 'each old address may appear once' })
  .refine((file) => file.redirects.every((redirect) => !file.redirects.some((other) => other !== redirect && other.from === redirect.to)), { message: 'a redirect may not lead to another redirect' });

export type Redirect = z.infer<typeof redirectSchema>;
