import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['./tests/global-build.ts'],
    reporters: ['default', './tests/summary-reporter.ts'],
  },
});
