/**
 * The feed of changes (Atom, RFC 4287), one per language, for professionals who follow the register
 * in a feed reader: every entry an item, newest change first. An item's id is made from a fingerprint
 * of the entry's facts and source-language text (changes.ts): a changed or re-verified entry is a new
 * item, which a reader shows as new, `updated` when that happened.
 */
import { site } from '../config/site.ts';
import { routes } from '../i18n/routes.ts';
import type { Entry } from '../model/register.ts';
import type { PageContext } from '../view/context.ts';
import type { DataFile } from './api.ts';
import { changeFingerprint, lastChange, rfc3339 } from './changes.ts';
import { idOf } from './ids.ts';
import { DATASET_FILES, datasetPath } from './layout.ts';

const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const lang = (tag: string | undefined) => (tag ? ` xml:lang="${xml(tag)}"` : '');

/** What an item says of the entry: its kind, provider, facts, who can get it, warnings and verification. */
function content(entry: Entry, ctx: PageContext): string {
  const view = ctx.view(entry);
  const lines = [
    `<p>${xml([view.kindLabel, view.provider?.label].filter(Boolean).join(' · '))}</p>`,
    ...view.notices.filter((n) => n.scope === 'everywhere').map((n) => `<p><strong>${xml(n.text)}</strong></p>`),
    `<p>${xml(view.summary)}</p>`,
    view.facts.length > 0
      ? `<ul>${view.facts.map((f) => `<li>${xml(f.label)}: ${xml(f.value)}</li>`).join('')}</ul>`
      : '',
    view.eligibility.length > 0
      ? `<p>${xml(ctx.t('entry.whoCanGet'))}: ${xml(view.eligibility.map((item) => item.text).join('; '))}</p>`
      : '',
    `<p>${xml(view.verified)}</p>`,
  ];
  return lines.filter(Boolean).join('');
}

export function feedFile(ctx: PageContext): DataFile {
  const { t, register, locale } = ctx;
  const entries: Entry[] = [...register.providers, ...register.services];
  const items = entries
    .map((entry) => ({ entry, view: ctx.view(entry), updated: lastChange(entry, register.history) }))
    .sort((a, b) => b.updated.localeCompare(a.updated) || a.view.name.localeCompare(b.view.name, locale));
  const updated = items[0]?.updated ?? rfc3339(ctx.today);
  const self = ctx.absolute(ctx.file(datasetPath(locale, 'feed')));
  const entryXml = ({ entry, view, updated: when }: (typeof items)[number]) =>
    [
      '  <entry>',
      `    <id>urn:uuid:${idOf('feed-entry', locale, entry.kind, entry.id, changeFingerprint(entry))}</id>`,
      `    <title${lang(view.lang)}>${xml(view.name)}</title>`,
      `    <updated>${when}</updated>`,
      `    <link rel="alternate" type="text/html" href="${xml(ctx.absolute(view.href))}"/>`,
      ...view.categories.map((c) => `    <category term="${c.id}" label="${xml(c.label)}"/>`),
      `    <summary${lang(view.lang)}>${xml(view.summary)}</summary>`,
      `    <content type="html"${lang(view.lang)}>${xml(content(entry, ctx))}</content>`,
      '  </entry>',
    ].join('\n');
  const text = [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${xml(locale)}">`,
    `  <id>urn:uuid:${idOf('feed', locale)}</id>`,
    `  <title>${xml(t('openData.feedTitle'))}</title>`,
    `  <subtitle>${xml(t('openData.feedIntro'))}</subtitle>`,
    `  <updated>${updated}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${xml(self)}"/>`,
    `  <link rel="alternate" type="text/html" href="${xml(ctx.absolute(ctx.href(routes.openData)))}"/>`,
    `  <author><name>${xml(t('site.name'))}</name></author>`,
    `  <rights>${xml(`${site.licence.name} (${site.licence.url})`)}</rights>`,
    ...items.map(entryXml),
    '</feed>',
    '',
  ].join('\n');
  return { path: DATASET_FILES.feed, content: text };
}
