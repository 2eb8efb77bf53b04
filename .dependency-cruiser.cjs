/**
 * The import layers (README, "How the code is organised"): a folder imports only from folders
 * below it, never from one above, and no file imports itself round a cycle. `npm run lint` runs
 * this; a back-edge fails with both files named.
 */
/**
 * One folder a layer, in the order they import: a folder imports only from those before it, so
 * folders cannot import each other round a cycle.
 */
const LAYERS = [
  ['lib'],
  ['schemas'],
  ['config'],
  ['i18n'],
  ['content'],
  ['checks'],
  ['model'],
  ['view'],
  ['build'],
  ['editor'],
  ['styles'],
  ['print'],
  ['search'],
  ['open-data'],
  ['routing'],
  ['integrations'],
  ['middleware'],
  ['components'],
  ['layouts'],
  ['pages'],
];
const folder = (name) => `^src/${name}(/|\\.ts$)`;

// The top layer has nothing above it to import.
const backEdges = LAYERS.slice(0, -1).flatMap((layer, i) =>
  layer.map((name) => ({
    name: `no-${name}-upwards`,
    comment: `src/${name} is in layer ${i + 1}: it may import only from its own layer and those below it (${LAYERS.slice(0, i).flat().join(', ') || 'none'}).`,
    severity: 'error',
    from: { path: folder(name) },
    to: {
      path: LAYERS.slice(i + 1)
        .flat()
        .map(folder),
    },
  })),
);

module.exports = {
  forbidden: [
    ...backEdges,
    {
      name: 'no-cycles',
      comment:
        'A cycle of imports: one of the modules belongs in a lower layer. (Cycles of type imports only are allowed: they vanish when the code runs.)',
      severity: 'error',
      from: {},
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
    {
      name: 'client-stays-small',
      comment: 'Browser code (src/client) may import only the pure helpers it shares with the build.',
      severity: 'error',
      from: { path: '^src/client/' },
      to: {
        path: '^src/',
        pathNot: ['^src/client/', '^src/search/(fold|bundle)\\.ts$', '^src/i18n/transliterate\\.ts$'],
      },
    },
    {
      name: 'src-not-from-scripts-or-tests',
      comment: 'The register never depends on its command-line scripts or its tests.',
      severity: 'error',
      from: { path: '^src/' },
      to: { path: ['^scripts/', '^tests/'] },
    },
    {
      name: 'scripts-not-from-tests',
      comment: 'Command-line scripts never depend on the tests.',
      severity: 'error',
      from: { path: '^scripts/' },
      to: { path: '^tests/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: ['^dist/', '^tests/\\.site/', '^tests/fixtures/'] },
    tsPreCompilationDeps: true,
    extraExtensionsToScan: ['.astro'],
    enhancedResolveOptions: { extensions: ['.ts', '.mjs', '.js', '.astro'] },
  },
};
