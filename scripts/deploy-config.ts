/** `npm run deploy:config`: deploy/nginx.conf and Caddyfile from src/build/headers.ts (a test fails if they differ). */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { caddyConfig, nginxConfig } from '../src/build/headers.ts';

const DEPLOY = join(import.meta.dirname, '..', 'deploy');
await writeFile(join(DEPLOY, 'nginx.conf'), nginxConfig());
await writeFile(join(DEPLOY, 'Caddyfile'), caddyConfig());
console.log('Written deploy/nginx.conf and deploy/Caddyfile.');
