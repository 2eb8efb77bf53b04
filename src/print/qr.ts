/**
 * A QR code as a small SVG, made at build time by uqr from an address: no request anywhere, and
 * a drawing that scales to any print size. Dark modules of a row are joined into one run, so the
 * drawing stays a few kilobytes (uqr's own SVG draws every module on its own, five times larger).
 */
import { encode } from 'uqr';

export function qrSvg(text: string, label: string): string {
  const { data, size } = encode(text, { border: 2, ecc: 'M' });
  let path = '';
  data.forEach((row, y) => {
    for (const run of row
      .map((dark) => (dark ? 1 : 0))
      .join('')
      .matchAll(/1+/g))
      path += `M${run.index} ${y}h${run[0].length}v1h-${run[0].length}z`;
  });
  const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
  const root = `xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size} ${size}"`;
  const name = `role="img" aria-label="${escapeXml(label)}"`;
  const background = `<rect width="${size}" height="${size}" fill="#fff"/>`;
  return `<svg ${root} ${name} shape-rendering="crispEdges">${background}<path d="${path}" fill="#000"/></svg>`;
}
