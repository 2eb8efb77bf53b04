/** The QR code of an entry's page in one language, for its handouts: made at build time, served as a file. */
import type { APIRoute } from 'astro';
import { handoutBlock } from '../../../../print/handout.ts';
import { qrSvg } from '../../../../print/qr.ts';
import type { Entry } from '../../../../model/register.ts';
import { handoutEntryPaths } from '../../../../routing/paths.ts';

export const getStaticPaths = handoutEntryPaths;

export const GET: APIRoute = ({ props, locals }) => {
  const block = handoutBlock(props.entry as Entry, locals.route);
  return new Response(qrSvg(block.address, block.address), { headers: { 'content-type': 'image/svg+xml' } });
};
