import "server-only";
import { Pool } from "pg";

// Read replica used by reporting and full-text search.
export const pool = new Pool({ connectionString: process.env.REPORTING_DATABASE_URL, max: 5 });
