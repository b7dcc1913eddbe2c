import { createHash } from 'node:crypto';

/**
 * The Content-Security-Policy source for an inline `<script>` or `<style>` with exactly this text. Astro hashes the
 * scripts and styles it bundles; the two inline blocks it cannot see (the before-paint script and the code examples'
 * colours) are hashed here and added with `Astro.csp`.
 */
export function cspHash(text: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}
