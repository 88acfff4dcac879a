import "server-only";
import { Pool } from "pg";

// Legacy pool kept for the partner sync jobs and the Kysely reporting dialect.
export const pool = new Pool({ connectionString: process.env.LEGACY_DATABASE_URL, max: 5 });
