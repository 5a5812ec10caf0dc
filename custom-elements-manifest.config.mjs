/**
 * The Custom Elements Manifest (`npm run manifest`): the public face only. Private and protected
 * members, and the element's internal fields (named with `_`), are left out, so the manifest, the
 * Storybook Docs tables and editors that read it list what users can use.
 */
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.d.ts'],
  outdir: '.',
  litelement: true,
  plugins: [
    {
      name: 'dateline-public-only',
      packageLinkPhase({ customElementsManifest }) {
        for (const module of customElementsManifest.modules ?? []) {
          for (const declaration of module.declarations ?? []) {
            if (declaration.members) declaration.members = declaration.members.filter((m) => (!m.privacy || m.privacy === 'public') && !m.name.startsWith('_'));
          }
        }
      },
    },
  ],
};
