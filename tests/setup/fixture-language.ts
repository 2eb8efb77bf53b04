/** The fixture language's dictionary exists before any test reads the languages (scripts/sites.ts). */
import { writeFixtureDictionary } from '../../scripts/sites.ts';

export default async function setup() {
  await writeFixtureDictionary();
}
