import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// The test build (FJORD_TEST_BUILD=1) also runs on pages served from 127.0.0.1, where the
// e2e tests serve saved fixture pages; the production build never touches loopback pages.
const testBuild = process.env.FJORD_TEST_BUILD === '1';

export default defineConfig({
  srcDir: 'extension',
  publicDir: 'extension/public',
  outDir: testBuild ? '.output/test' : '.output',
  manifest: {
    // Name and description in the browser's language: extension/public/_locales/<code>/messages.json.
    name: '__MSG_extName__',
    default_locale: 'en',
    // A fixed public key gives the unpacked extension a stable id, so the server's CORS can
    // name exactly this origin (shared/extension-id.ts).
    key: 'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAqMOyJNu1yTBy+jB9+4/X2py43Sw1mMV/IdLAvuenAegllXCz37irswlKvdihSuLUdXRc6HmrOOEw9Nba9bfn2i8xdIqjVHzOm8AkNJUSdwtZQ0ezv1rAJPMFu3OBd+knR4ehz5t88YjX/Ru5xa4T0XzMK98Uh29SXJECyBp2TJEPz4KWkj0RUgmKPYLymVAwfxrz0ywr5fI7J/zYvIlV+GT2mHUF6fk9AevKajHp5Y0Rf8AhyIfrWZgQea7ECqXDltlil2vs3NEMgnZWY+oCngzG1uANsWH6Y1PDFce7Dfasjvtdp7zUDxYkkOW3MgcK0voBjvJxtEFL2Rr/oqUcnQIDAQAB',
    description: '__MSG_extDescription__',
    permissions: ['storage', 'alarms', 'activeTab', 'scripting', 'tabs', 'notifications'],
    host_permissions: testBuild ? ['http://127.0.0.1/*'] : [],
    optional_host_permissions: ['http://*/*', 'https://*/*'],
    action: { default_title: '__MSG_extName__' },
  },
  hooks: {
    // Content scripts also run on the e2e tests' saved webmail pages, served from 127.0.0.1.
    'build:manifestGenerated': (_wxt, manifest) => {
      if (!testBuild) return;
      // Each host's script only on its own saved pages (gmail-*.html, outlook-*.html).
      for (const script of manifest.content_scripts ?? []) {
        const host = script.matches?.some((m) => m.includes('mail.google.com')) ? 'gmail' : 'outlook';
        script.matches = [...(script.matches ?? []), `http://127.0.0.1/${host}-*`];
      }
      // The sidebar's CSS is fetched into its shadow root, from the page's origin.
      for (const resources of manifest.web_accessible_resources ?? []) {
        if (typeof resources !== 'string' && 'matches' in resources)
          resources.matches = [...(resources.matches ?? []), 'http://127.0.0.1/*'];
      }
    },
  },
  vite: () => ({
    plugins: [preact()],
    // Dexie contains a raw U+FFFF; Chromium refuses non-UTF-8-looking content scripts (docs/gotchas.md).
    build: { rolldownOptions: { output: { charset: 'ascii' } } },
  }),
});
