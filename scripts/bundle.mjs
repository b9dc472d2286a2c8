// The run path as a few files: Node then compiles one module graph instead of hundreds of small ones.
// react-pdf and the mail stack stay outside the bundle and load only on the paths that use them.
import { build } from 'esbuild';

await build({
  entryPoints: { attache: 'src/cli/main.ts', 'pdf-worker': 'src/render/pdf-worker.ts' },
  outdir: 'dist/bundle',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  outExtension: { '.js': '.js' },
  external: ['@react-pdf/renderer', 'react', 'nodemailer', 'pdf-parse', '@expo-google-fonts/*'],
  jsx: 'automatic',
  legalComments: 'none',
  logLevel: 'warning',
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
});
