/**
 * The tables of Open Referral HSDS 3.0 that the register fills, with their fields in the order of
 * the specification's tabular schema (schema/compiled/tabular.json): the columns of the Tabular Data
 * Package's CSV files, and what each JSON object is reduced to in a row. The specification's
 * required fields are marked; a unit test compares this list with the specification's schema.
 */

/** A field's Table Schema type: "time" is HH:MM local time in Serbia, as the facts give it. */
type FieldType = 'string' | 'number' | 'date' | 'time' | 'datetime';

export interface TableField {
  name: string;
  type: FieldType;
  format?: 'uuid' | 'email' | 'uri';
  required?: boolean;
}

export interface HsdsTable {
  /** The HSDS object: "service_area". */
  name: string;
  /** Its CSV file in the package: "service_areas.csv". */
  path: string;
  fields: TableField[];
  /** Links to other tables' ids, checked by a data package validator. */
  foreignKeys?: { field: string; table: string }[];
}

/**
 * Fields written compactly: "id:uuid!", "minimum_age:number", "assured_date:date"; "!" marks a
 * field HSDS requires, ":uuid", ":email" and ":uri" are string formats.
 */
function fields(...specs: string[]): TableField[] {
  return specs.map((spec) => {
    const required = spec.endsWith('!');
    const [name, kind] = spec.replace(/!$/, '').split(':') as [string, string | undefined];
    const format = kind === 'uuid' || kind === 'email' || kind === 'uri' ? kind : undefined;
    const type = (kind && !format ? kind : 'string') as FieldType;
    return { name, type, ...(format && { format }), ...(required && { required }) };
  });
}

export const HSDS_TABLES = [
  {
    name: 'organization',
    path: 'organizations.csv',
    fields: fields(
      'id:uuid!',
      'name!',
      'alternate_name',
      'description!',
      'email:email',
      'website:uri',
      'tax_status',
      'tax_id',
      'year_incorporated:number',
      'legal_status',
      'logo',
      'uri:uri',
      'parent_organization_id:uuid',
    ),
    foreignKeys: [{ field: 'parent_organization_id', table: 'organization' }],
  },
  {
    name: 'service',
    path: 'services.csv',
    fields: fields(
      'id:uuid!',
      'organization_id:uuid!',
      'program_id:uuid',
      'name!',
      'alternate_name',
      'description',
      'url:uri',
      'email:email',
      'status!',
      'interpretation_services',
      'application_process',
      'fees_description',
      'wait_time',
      'fees',
      'accreditations',
      'eligibility_description',
      'minimum_age:number',
      'maximum_age:number',
      'assured_date:date',
      'assurer_email:email',
      'licenses',
      'alert',
      'last_modified:datetime',
    ),
    foreignKeys: [{ field: 'organization_id', table: 'organization' }],
  },
  {
    name: 'attribute',
    path: 'attributes.csv',
    fields: fields('id:uuid!', 'link_id:uuid!', 'taxonomy_term_id:uuid!', 'link_type', 'link_entity!', 'value'),
    foreignKeys: [{ field: 'taxonomy_term_id', table: 'taxonomy_term' }],
  },
  {
    name: 'service_at_location',
    path: 'service_at_location.csv',
    fields: fields('id:uuid!', 'service_id:uuid!', 'location_id:uuid!', 'description'),
    foreignKeys: [
      { field: 'service_id', table: 'service' },
      { field: 'location_id', table: 'location' },
    ],
  },
  {
    name: 'location',
    path: 'locations.csv',
    fields: fields(
      'id:uuid!',
      'location_type!',
      'url:uri',
      'organization_id:uuid',
      'name',
      'alternate_name',
      'description',
      'transportation',
      'latitude:number',
      'longitude:number',
      'external_identifier',
      'external_identifier_type',
    ),
    foreignKeys: [{ field: 'organization_id', table: 'organization' }],
  },
  {
    name: 'phone',
    path: 'phones.csv',
    fields: fields(
      'id:uuid!',
      'location_id:uuid',
      'service_id:uuid',
      'organization_id:uuid',
      'contact_id:uuid',
      'service_at_location_id:uuid',
      'number!',
      'extension:number',
      'type',
      'description',
    ),
    foreignKeys: [
      { field: 'service_id', table: 'service' },
      { field: 'organization_id', table: 'organization' },
    ],
  },
  {
    name: 'contact',
    path: 'contacts.csv',
    fields: fields(
      'id:uuid!',
      'organization_id:uuid',
      'service_id:uuid',
      'service_at_location_id:uuid',
      'location_id:uuid',
      'name',
      'title',
      'department',
      'email:email',
    ),
    foreignKeys: [
      { field: 'service_id', table: 'service' },
      { field: 'organization_id', table: 'organization' },
    ],
  },
  {
    name: 'address',
    path: 'addresses.csv',
    // HSDS requires state_province and postal_code; the register holds neither, so they are empty.
    fields: fields(
      'id:uuid!',
      'location_id:uuid',
      'attention',
      'address_1!',
      'address_2',
      'city!',
      'region',
      'state_province',
      'postal_code',
      'country!',
      'address_type!',
    ),
    foreignKeys: [{ field: 'location_id', table: 'location' }],
  },
  {
    name: 'schedule',
    path: 'schedules.csv',
    fields: fields(
      'id:uuid!',
      'service_id:uuid',
      'location_id:uuid',
      'service_at_location_id:uuid',
      'valid_from:date',
      'valid_to:date',
      'dtstart:date',
      'timezone:number',
      'until:date',
      'count:number',
      'wkst',
      'freq',
      'interval:number',
      'byday',
      'byweekno',
      'bymonthday',
      'byyearday',
      'description',
      'opens_at:time',
      'closes_at:time',
      'schedule_link:uri',
      'attending_type',
      'notes',
    ),
    foreignKeys: [
      { field: 'service_id', table: 'service' },
      { field: 'location_id', table: 'location' },
    ],
  },
  {
    name: 'service_area',
    path: 'service_areas.csv',
    fields: fields('id:uuid!', 'service_id:uuid', 'name', 'description', 'extent', 'extent_type', 'uri'),
    foreignKeys: [{ field: 'service_id', table: 'service' }],
  },
  {
    name: 'language',
    path: 'languages.csv',
    fields: fields('id:uuid!', 'service_id:uuid', 'location_id:uuid', 'phone_id:uuid', 'name', 'code', 'note'),
    foreignKeys: [{ field: 'service_id', table: 'service' }],
  },
  {
    name: 'taxonomy_term',
    path: 'taxonomy_terms.csv',
    fields: fields('id:uuid!', 'code', 'name!', 'description!', 'parent_id:uuid', 'taxonomy', 'language', 'taxonomy_id:uuid', 'term_uri:uri'),
    foreignKeys: [{ field: 'taxonomy_id', table: 'taxonomy' }],
  },
  {
    name: 'cost_option',
    path: 'cost_options.csv',
    fields: fields('id:uuid!', 'service_id:uuid!', 'valid_from:date', 'valid_to:date', 'option', 'currency', 'amount:number', 'amount_description'),
    foreignKeys: [{ field: 'service_id', table: 'service' }],
  },
  {
    name: 'taxonomy',
    path: 'taxonomies.csv',
    fields: fields('id:uuid!', 'name!', 'description!', 'uri:uri', 'version'),
  },
] as const satisfies readonly HsdsTable[];

export type TableName = (typeof HSDS_TABLES)[number]['name'];
