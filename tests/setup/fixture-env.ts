/** The fixture register and its added language, with a fixed "today": every tier that reads it. */
import { FIXTURE_SITE } from '../../scripts/sites.ts';

export const fixtureEnv = {
  REGISTER_ROOT: FIXTURE_SITE.env.REGISTER_ROOT!,
  REGISTER_EXTRA_LANGUAGES: FIXTURE_SITE.env.REGISTER_EXTRA_LANGUAGES!,
  REGISTER_TODAY: FIXTURE_SITE.env.REGISTER_TODAY!,
  REGISTER_REPOSITORY: FIXTURE_SITE.env.REGISTER_REPOSITORY!,
  REGISTER_REPORT_EMAIL: FIXTURE_SITE.env.REGISTER_REPORT_EMAIL!,
};
