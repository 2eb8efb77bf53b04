/**
 * What the editor's form calls each field, in Serbian and English, and hints beyond the schema's advice.
 * Optional: a field missing here is still in the form, named after its key and explained by its schema,
 * so a new field never needs an edit here. Keys are a field's name, or its path without list positions
 * ("emails.address") where a name means different things in different places.
 */
type Bilingual = readonly [sr: string, en: string];

const LABELS: Record<string, Bilingual> = {
  // Facts of providers and services.
  parent: ['Организација којој припада', 'Part of'],
  type: ['Врста пружаоца', 'Kind of provider'],
  sector: ['Сектор', 'Sector'],
  ownership: ['Власништво', 'Ownership'],
  network: ['Мрежа канцеларија', 'Network of offices'],
  'network.count': ['Број канцеларија', 'Number of offices'],
  coverage: ['Подручје рада', 'Area covered'],
  'coverage.level': ['Обухват', 'Reach'],
  areas: ['Подручја', 'Areas'],
  everywhere: ['Канцеларије у сваком округу или општини', 'Offices in every district or municipality'],
  confidentialLocation: ['Тајна локација (склониште)', 'Confidential location (shelter)'],
  address: ['Адреса', 'Street address'],
  street: ['Улица и број', 'Street and number'],
  locality: ['Место', 'Town or city'],
  hours: ['Радно време', 'Opening hours'],
  days: ['Дани', 'Days'],
  opens: ['Отвара се у', 'Opens at'],
  closes: ['Затвара се у', 'Closes at'],
  licence: ['Лиценца', 'Licence'],
  'licence.from': ['Важи од', 'Valid from'],
  'licence.until': ['Важи до', 'Valid until'],
  legalBasis: ['Правни основ', 'Legal basis'],
  law: ['Закон', 'Law'],
  specialisesInTrafficking: ['Бави се управо трговином људима', 'Works specifically on trafficking'],
  phones: ['Телефони', 'Phones'],
  'phones.number': ['Број телефона', 'Phone number'],
  'phones.kind': ['Врста броја', 'Kind of number'],
  purpose: ['Намена', 'What it is for'],
  callCost: ['Цена позива (где је извор наводи)', 'What the call costs (where a source says it)'],
  'callCost.cost': ['Позив је', 'The call is'],
  emails: ['Имејл адресе', 'E-mail addresses'],
  'emails.address': ['Имејл адреса', 'E-mail address'],
  websites: ['Веб-сајтови', 'Web sites'],
  url: ['Адреса сајта', 'Web address'],
  source: ['Извор', 'Source'],
  confirmed: ['Потврђено са пружаоцем', 'Confirmed with the provider'],
  since: ['Ради од', 'Working since'],
  date: ['Датум', 'Date'],
  sources: ['Извори', 'Sources'],
  statedIn: ['Извор сваке тврдње', 'Source of each claim'],
  lastVerified: ['Последња провера', 'Last verified'],
  'lastVerified.how': ['Како је проверено', 'How it was checked'],
  'lastVerified.by': ['Ко је проверио', 'Checked by'],
  kind: ['Врста', 'Kind'],
  status: ['Да ли ради', 'Running'],
  provider: ['Пружалац', 'Provider'],
  alsoAt: ['Доступно и код', 'Also available at'],
  categories: ['Категорије', 'Categories'],
  availability: ['Када је доступно', 'When it is available'],
  cost: ['Цена помоћи', 'Cost of the help'],
  eligibility: ['Ко може да добије', 'Who can get it'],
  minAge: ['Од година (извор: „N и више“)', 'Youngest age (source: "N and over")'],
  olderThan: ['Старији од (извор: „старији од N“)', 'Older than (source: "over N")'],
  maxAge: ['Највише година', 'Oldest age'],
  genders: ['Пол', 'Gender'],
  withChildren: ['Може са децом', 'Children may come along'],
  nationality: ['Држављанство', 'Nationality'],
  victimStatus: ['Статус жртве', 'Victim status'],
  referral: ['Потребан упут', 'Referral needed'],
  anonymous: ['Може анонимно', 'May stay anonymous'],
  languages: ['Језици', 'Languages'],
  interpretation: ['Превођење', 'Interpretation'],
  // Texts.
  name: ['Назив', 'Name'],
  shortName: ['Кратак назив', 'Short name'],
  summary: ['Сажетак', 'Summary'],
  whoCanGet: ['Ко може да добије', 'Who can get it'],
  howToGet: ['Како се добија', 'How to get it'],
  searchTerms: ['Речи за претрагу', 'Search terms'],
  translation: ['Превод', 'Translation'],
  'translation.from': ['Преведено са верзије', 'Translated from version'],
  'translation.reviewed': ['Прегледао изворни говорник', 'Reviewed by a native speaker'],
  body: ['Опис', 'Description'],
  // Lists of the whole register.
  id: ['Ознака', 'Id'],
  file: ['Датотека у збирци извора', 'File in the sources folder'],
  title: ['Наслов', 'Title'],
  titleIn: ['Наслов на другим језицима', 'Title in other languages'],
  publishedBy: ['Издао пружалац из регистра', 'Published by a provider of the register'],
  publisher: ['Издавач', 'Publisher'],
  publisherIn: ['Издавач на другим језицима', 'Publisher in other languages'],
  where: ['Где је објављено', 'Where it was published'],
  published: ['Датум објаве', 'Published'],
  secondary: ['Секундарни извор', 'Secondary source'],
  language: ['Језик', 'Language'],
  labelIn: ['Цело име на другим језицима', 'Whole name in other languages'],
  seat: ['Седиште', 'Seat'],
  formal: ['Само формално', 'Formal only'],
  number: ['Број', 'Number'],
  hotline: ['Линија на свакој почетној страни', 'Hotline on every home page'],
  firstContacts: ['Где се особа прво упућује', 'Where a person is sent first'],
};

/** Hints where the schema's message alone would not say enough. */
const HINTS: Record<string, Bilingual> = {
  lastVerified: [
    'Потврда да је унос и даље тачан: упишите данашњи датум, како сте проверили и своје име, па сачувајте. ' +
      'Ако сте контакте потврдили са пружаоцем, упишите и датум код сваког.',
    'To confirm that the entry is still right: today’s date, how you checked, your name; then save. ' +
      'If the provider confirmed its contacts, date each of them too.',
  ],
  'phones.number': [
    'Међународни облик без размака: 011 785 0000 се пише +381117850000; кратак број као 116 000 се пише 116000.',
    'International form without spaces: 011 785 0000 is written +381117850000; ' +
      'a short number such as 116 000 is written 116000.',
  ],
  source: [
    'Публикација из списка извора у којој је овај податак објављен.',
    'The publication in the list of sources where this fact was published.',
  ],
  confirmed: ['Дан када је пружалац потврдио овај податак.', 'The day the provider confirmed this fact.'],
  'translation.from': [
    'Отисак изворног текста који штампа npm run i18n:status.',
    'The fingerprint of the source text that npm run i18n:status prints.',
  ],
};

/** The entry of the most specific key ("emails.address", then "address"), Serbian then English: editors read either. */
function lookup(table: Record<string, Bilingual>, path: readonly string[]): string | undefined {
  const found = path.map((_, start) => table[path.slice(start).join('.')]).find(Boolean);
  return found && `${found[0]} · ${found[1]}`;
}

/** A field's label; without one, its key in words: "lastVerified" → "Last verified", "minAge" → "Min age". */
export function labelFor(path: readonly string[]): string {
  const words = (path.at(-1) ?? '').replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return lookup(LABELS, path) ?? words.charAt(0).toUpperCase() + words.slice(1);
}

export const hintFor = (path: readonly string[]) => lookup(HINTS, path);
