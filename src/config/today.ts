/**
 * The register's "today", in one place: what is stale, what date is in the future. REGISTER_TODAY
 * (YYYY-MM-DD) fixes it for reproducible builds and for the tests' fixture register.
 */
import { readEnv } from './env.ts';

export const today = (): string => readEnv().REGISTER_TODAY ?? new Date().toISOString().slice(0, 10);
