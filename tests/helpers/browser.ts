/** Chromium for the browser tests (src/utils/chromium.ts). */
export { CHROMIUM, launchBrowser } from '../../src/utils/chromium.ts';
