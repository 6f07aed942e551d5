import { defineConfig } from 'tsup';

// ESM (`dist/index.js`) and CommonJS (`dist/index.cjs`) with their declarations, for Node.js ≥ 20 and
// bundlers targeting browsers. The runtime dependencies stay external (installed with the package); the
// protocol package's source (packages/protocol, the code the service speaks too), imported by relative
// path, is bundled in with its declarations, so the published package depends on nothing of the service.
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
