import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// Unit tests run in Node; renderer component tests opt into happy-dom per file
// with `// @vitest-environment happy-dom`.
export default defineConfig({
  plugins: [react()],
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/renderer/**/*.test.{ts,tsx}'],
    environment: 'node',
    testTimeout: 20_000,
    hookTimeout: 30_000,
    pool: 'forks',
  },
});
