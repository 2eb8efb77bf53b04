/**
 * Where entries serve, as pages group them: all of Serbia first, then each area (the City of
 * Belgrade, a district) by its name in the page's language. Long lists stay findable as the
 * register grows with local services.
 */
import { localAreas, servesEverywhere, sortByName } from '../model/queries.ts';
import type { Entry } from '../model/register.ts';
import type { PageContext } from './context.ts';

/** "City of Belgrade", "Nišava district": an area's name as a page of `ctx`'s language writes it. */
export function areaLabel(id: string, { register, t, inScript, locale }: PageContext): string {
  const area = register.areas.get(id)!;
  return area.labelIn?.[locale] ?? t(`area.${area.kind}`, { name: inScript(area.name) });
}

export interface AreaGroup<T extends Entry> {
  /** The areas the group's entries serve; none for all of Serbia, or where no source says. */
  areas: string[];
  label: string;
  entries: T[];
}

/** The order of groups: all of Serbia, then the entries whose area no source gives, then each area. */
const rank = (group: AreaGroup<Entry>, unstated: string) =>
  group.areas.length > 0 ? 2 : group.label === unstated ? 1 : 0;

/** Entries grouped by where they serve, all of Serbia first, then by area, each group by name. */
export function byArea<T extends Entry>(entries: readonly T[], ctx: PageContext): AreaGroup<T>[] {
  const groups = new Map<string, AreaGroup<T>>();
  const unstated = ctx.t('coverage.unstated');
  for (const entry of sortByName(entries, ctx.locale)) {
    const areas = [...localAreas(entry)].sort();
    const everywhere = servesEverywhere(entry) ? ctx.t('coverage.national') : unstated;
    const label = areas.length > 0 ? areas.map((id) => areaLabel(id, ctx)).join(', ') : everywhere;
    const group = groups.get(label) ?? { areas, label, entries: [] };
    groups.set(label, group);
    group.entries.push(entry);
  }
  return [...groups.values()].sort(
    (a, b) => rank(a, unstated) - rank(b, unstated) || a.label.localeCompare(b.label, ctx.locale),
  );
}

/** Whether a list says where its groups serve: when it holds more than one, or only local entries. */
export const showsAreas = (groups: readonly AreaGroup<Entry>[]) =>
  groups.length > 1 || (groups[0]?.areas.length ?? 0) > 0;
