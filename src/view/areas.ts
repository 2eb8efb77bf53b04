/**
 * Where entries serve, as pages group them: all of Serbia first, then each area (the City of
 * Belgrade, a district) by its name in the page's language. Long lists stay findable as the
 * register grows with local services.
 */
import { servesEverywhere, sortByName } from '../model/queries.ts';
import type { Entry } from '../model/register.ts';
import type { PageContext } from './context.ts';

/** "City of Belgrade", "Nišava district": an area's name as a page of `ctx`'s language writes it. */
export function areaLabel(id: string, { register, t, inScript, locale }: PageContext): string {
  const area = register.areas.get(id)!;
  return t(`area.${area.kind}`, { name: area.exonyms?.[locale] ?? inScript(area.name) });
}

export interface AreaGroup<T extends Entry> {
  /** The areas the group's entries serve; none for all of Serbia. */
  areas: string[];
  label: string;
  entries: T[];
}

/** Entries grouped by where they serve, all of Serbia first, then by area, each group by name. */
export function byArea<T extends Entry>(entries: readonly T[], ctx: PageContext): AreaGroup<T>[] {
  const groups = new Map<string, AreaGroup<T>>();
  for (const entry of sortByName(entries, ctx.locale)) {
    const areas = servesEverywhere(entry) ? [] : [...entry.coverage.areas].sort();
    const key = areas.join(' ');
    let group = groups.get(key);
    if (!group) {
      const label = areas.length === 0 ? ctx.t('coverage.national') : areas.map((id) => areaLabel(id, ctx)).join(', ');
      group = { areas, label, entries: [] };
      groups.set(key, group);
    }
    group.entries.push(entry);
  }
  return [...groups.values()].sort((a, b) => Number(a.areas.length > 0) - Number(b.areas.length > 0) || a.label.localeCompare(b.label, ctx.locale));
}

/** Whether a list says where its groups serve: when it holds more than one, or only local entries. */
export const showsAreas = (groups: readonly AreaGroup<Entry>[]) => groups.length > 1 || (groups[0]?.areas.length ?? 0) > 0;
