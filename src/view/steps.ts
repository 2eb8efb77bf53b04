/**
 * The way through help as a page, the brochure and the register draw it: each step in order, with
 * what happens (its points, each with the sources that state it, numbered as the page's list), who
 * acts at it and the rights a person has there, in the page's language (or its fallback, marked).
 * And, for an entry, the steps it is part of.
 */
import { routes } from '../i18n/routes.ts';
import { isRight } from '../model/queries.ts';
import type { Entry, Step } from '../model/register.ts';
import { shownText } from '../model/texts.ts';
import type { PageContext } from './context.ts';
import { entryLink, otherLang, sourcesView, textNotices } from './entry.ts';

export const stepAnchor = (id: string) => `step-${id}`;

/** Every source the steps cite, in the order of first citation: the page lists them, numbered. */
const citedSources = (steps: readonly Step[]) => [
  ...new Set(steps.flatMap((step) => step.facts.points.flatMap((p) => [p.source].flat()))),
];

/** A step's number and name, linked to its anchor on the steps page. */
function stepLink(step: Step, ctx: PageContext) {
  const text = shownText(step.texts, ctx.locale);
  const href = `${ctx.href(routes.steps)}#${stepAnchor(step.id)}`;
  return { number: step.number, name: text.data.name, href, lang: otherLang(text, ctx) };
}

function stepView(step: Step, cited: readonly string[], ctx: PageContext) {
  const text = shownText(step.texts, ctx.locale);
  return {
    id: step.id,
    ...stepLink(step, ctx),
    summary: text.data.summary,
    notices: textNotices(text, ctx).filter((n) => n.scope === 'everywhere'),
    points: step.facts.points.map((point) => ({
      id: point.id,
      text: text.data.points?.[point.id] ?? '',
      sources: [point.source].flat().map((id) => ({ id, n: cited.indexOf(id) + 1 })),
    })),
    /** Who acts at the step: providers and services. */
    who: [...step.providers, ...step.services.filter((s) => !isRight(s))].map((e) => entryLink(e, ctx)),
    /** The rights a person has at the step. */
    rights: step.services.filter(isRight).map((s) => entryLink(s, ctx)),
  };
}

/** The steps and the sources they cite, in the page's language. */
export function stepsView(ctx: PageContext) {
  const cited = citedSources(ctx.register.steps);
  return { steps: ctx.register.steps.map((step) => stepView(step, cited, ctx)), sources: sourcesView(cited, ctx) };
}

/** "Part of: step 2 of 8, Identification": the steps an entry acts in, linked. */
export function partOf(entry: Entry, ctx: PageContext) {
  const steps = ctx.register.steps.filter((step) => [...step.providers, ...step.services].includes(entry));
  return steps.map((step) => stepLink(step, ctx));
}
