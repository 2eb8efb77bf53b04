/** The built site in dist/, served on localhost for the browser tests. */
import { serveDirectory } from '../../src/utils/static-server.ts';
import { DIST } from './site.ts';

export const serveSite = () => serveDirectory(DIST);
