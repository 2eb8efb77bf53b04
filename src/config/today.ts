/**
 * The register's "today", in one place: what is stale, what date is in the future. REGISTER_TODAY
 * (YYYY-MM-DD) fixes it for reproducible builds and for the tests' fixture register.
 */
export function today(): string {
  const fixed = process.env.REGISTER_TODAY;
  if (fixed !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(fixed)) throw new Error(`REGISTER_TODAY must be a date written YYYY-MM-DD; found "${fixed}"`);
  return fixed ?? new Date().toISOString().slice(0, 10);
}
