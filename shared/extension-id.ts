/** Id Chromium derives from the `key` in wxt.config.ts; the server allows this origin by default. */
export const EXTENSION_ID = 'mhpdabomfmamjdgkjdepagpfpfghlfmn';
export const EXTENSION_ORIGIN = `chrome-extension://${EXTENSION_ID}`;
