// The run path as a few files: Node then compiles one module graph instead of hundreds of small ones.
// react-pdf and the mail stack stay outside the bundle and load only on the paths that use them.
import { readFile, writeFile } from 'node:fs/promises';
import { build } from 'esbuild';

/**
 * pdfkit reads its standard fonts through its package's private `#standard-fonts/*` imports, which
 * mean nothing once its code sits in our bundle; its public `pdfkit/standard-fonts/*` exports name
 * the same files.
 */
const pdfkitFonts = {
  name: 'pdfkit-standard-fonts',
  setup(b) {
    b.onLoad({ filter: /pdfkit[\\/]js[\\/]pdfkit\.node\.mjs$/ }, async (args) => ({
      contents: (await readFile(args.path, 'utf8')).replaceAll('#standard-fonts/', 'pdfkit/standard-fonts/'),
      loader: 'js',
    }));
  },
};

const result = await build({
  entryPoints: { attache: 'src/cli/main.ts', 'pdf-worker': 'src/render/pdf-worker.ts' },
  outdir: 'dist/bundle',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  outExtension: { '.js': '.js' },
  // Loaded from node_modules, and only on the paths that use them: the PDF, mail and web-intake stacks.
  external: ['nodemailer', 'nodemailer/*', 'pdf-parse', 'pdfjs-dist', '@expo-google-fonts/*', 'linkedom', '@mozilla/readability', '@extractus/*', 'iconv-lite'],
  jsx: 'automatic',
  legalComments: 'none',
  logLevel: 'warning',
  plugins: [pdfkitFonts],
  metafile: true,
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
});

// Which sources each file of the bundle holds: tests check what a path loads.
await writeFile('dist/bundle/meta.json', JSON.stringify(result.metafile.outputs));
