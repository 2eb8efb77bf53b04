/**
 * Route data, once per page (Starlight's pattern): the page's language, its translator, the
 * register, addresses under the base path and the one view of an entry, in `Astro.locals.route`.
 * Pages and components read it there and take nothing else they could get from it.
 */
import { defineMiddleware } from 'astro:middleware';
import { localeByPath, SOURCE_LOCALE } from './i18n/locales.ts';
import { loadRegister } from './model/load.ts';
import { pageContext } from './view/context.ts';

export const onRequest = defineMiddleware(async (context, next) => {
  const register = await loadRegister();
  const locale = localeByPath(context.params.locale ?? '')?.tag ?? SOURCE_LOCALE;
  context.locals.route = pageContext({ locale, register, base: import.meta.env.BASE_URL, site: context.site?.href });
  return next();
});
