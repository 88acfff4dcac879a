import "server-only";
import { Pool } from "pg";

// Read replica used for reporting; never written to from the app.
export const reportsPool = new Pool({
  connectionString: process.env.REPORTS_DATABASE_URL,
  max: 5,
  statement_timeout: 15_000,
});
