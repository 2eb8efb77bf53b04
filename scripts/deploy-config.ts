/**
 * `npm run deploy:config`: writes deploy/nginx.conf and deploy/Caddyfile from the one definition of
 * the headers (src/build/headers.ts). A test fails when they differ from what it would write.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { caddyConfig, nginxConfig } from '../src/build/headers.ts';

const DEPLOY = join(import.meta.dirname, '..', 'deploy');
await writeFile(join(DEPLOY, 'nginx.conf'), nginxConfig());
await writeFile(join(DEPLOY, 'Caddyfile'), caddyConfig());
console.log('Written deploy/nginx.conf and deploy/Caddyfile.');
