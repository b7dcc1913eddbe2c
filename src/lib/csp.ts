import { createHash } from 'node:crypto';

/**
 * The Content-Security-Policy source for an inline `<script>` or `<style>` with exactly this text. Astro hashes the
 * scripts and styles it processes; the one `is:inline` script (src/scripts/before-paint.js) is hashed here and added
 * with `Astro.csp`, and the policy audit (scripts/csp-audit.ts) checks every page with the same function.
 */
export function cspHash(text: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}
