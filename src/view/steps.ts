/**
 * The way through help as a page, the brochure and the register draw it: each step in order, with
 * what happens (its points, each with the sources that state it, numbered as the page's list), who
 * acts at it and the rights a person has there, in the page's language (or its fallback, marked).
 * And, for an entry, the steps it is part of.
 */
import { routes } from '../i18n/routes.ts';
import { memo } from '../lib/memo.ts';
import { isRight } from '../model/queries.ts';
import type { Entry, Register, Step } from '../model/register.ts';
import { shownText } from '../model/texts.ts';
import type { PageContext } from './context.ts';
import { sourcesView, textNotices, type Link, type Notice, type SourceView } from './entry.ts';

export interface StepView {
  id: string;
  number: number;
  /** The anchor of the step on the steps page. */
  href: string;
  name: string;
  summary: string;
  /** The `lang` of the step's text where it is not the page's (a fallback). */
  lang?: string;
  notices: Notice[];
  points: { id: string; text: string; sources: { id: string; n: number }[] }[];
  /** Who acts at the step: providers and services. */
  who: Link[];
  /** The rights a person has at the step. */
  rights: Link[];
}

export const stepAnchor = (id: string) => `step-${id}`;

/** Every source the steps cite, in the order of first citation: the page lists them, numbered. */
const citedSources = (steps: readonly Step[]) => [
  ...new Set(
    steps.flatMap((step) => step.facts.points.flatMap((p) => (Array.isArray(p.source) ? p.source : [p.source]))),
  ),
];

function entryLink(entry: Entry, ctx: PageContext): Link {
  const text = shownText(entry.texts, ctx.locale);
  const href = ctx.href(entry.kind === 'provider' ? routes.provider(entry.id) : routes.service(entry.id));
  return { href, label: text.data.name, lang: text.lang !== ctx.locale ? text.lang : undefined };
}

function stepView(step: Step, cited: readonly string[], ctx: PageContext): StepView {
  const text = shownText(step.texts, ctx.locale);
  const points = step.facts.points.map((point) => {
    const ids = Array.isArray(point.source) ? point.source : [point.source];
    return {
      id: point.id,
      text: text.data.points?.[point.id] ?? '',
      sources: ids.map((id) => ({ id, n: cited.indexOf(id) + 1 })),
    };
  });
  const services = step.services.map((s) => ({ service: s, link: entryLink(s, ctx) }));
  return {
    id: step.id,
    number: step.number,
    href: `${ctx.href(routes.steps)}#${stepAnchor(step.id)}`,
    name: text.data.name,
    summary: text.data.summary,
    lang: text.lang !== ctx.locale ? text.lang : undefined,
    notices: textNotices(text, ctx).filter((n) => n.scope === 'everywhere'),
    points,
    who: [
      ...step.providers.map((p) => entryLink(p, ctx)),
      ...services.filter((s) => !isRight(s.service)).map((s) => s.link),
    ],
    rights: services.filter((s) => isRight(s.service)).map((s) => s.link),
  };
}

/** The steps and the sources they cite, in the page's language. */
export function stepsView(ctx: PageContext): { steps: StepView[]; sources: SourceView[] } {
  const cited = citedSources(ctx.register.steps);
  return { steps: ctx.register.steps.map((step) => stepView(step, cited, ctx)), sources: sourcesView(cited, ctx) };
}

/** The steps an entry acts in, by its id and kind. */
const stepsOfEntry = memo((register: Register) => {
  const found = new Map<Entry, Step[]>();
  for (const step of register.steps) {
    for (const entry of [...step.providers, ...step.services]) found.set(entry, [...(found.get(entry) ?? []), step]);
  }
  return found;
});

/** "Part of: step 2 of 8, Identification": the steps an entry acts in, linked. */
export function partOf(
  entry: Entry,
  ctx: PageContext,
): { number: number; name: string; href: string; lang?: string }[] {
  return (stepsOfEntry(ctx.register).get(entry) ?? []).map((step) => {
    const text = shownText(step.texts, ctx.locale);
    return {
      number: step.number,
      name: text.data.name,
      href: `${ctx.href(routes.steps)}#${stepAnchor(step.id)}`,
      lang: text.lang !== ctx.locale ? text.lang : undefined,
    };
  });
}
