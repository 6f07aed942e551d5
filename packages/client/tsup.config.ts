import { defineConfig } from 'tsup';

// ESM (`dist/index.js`) and CommonJS (`dist/index.cjs`) with their declarations, for Node.js ≥ 20 and
// bundlers targeting browsers. The runtime dependencies stay external (installed with the package).
export default defineConfig({
  entry: ['src/index.ts'],
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  sourcemap: true,
  target: 'es2022',
  platform: 'neutral',
  external: ['node:fs/promises'],
});
