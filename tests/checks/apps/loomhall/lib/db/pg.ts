import { Pool } from "pg";

// Reporting replica. Only used by exports and the treasurer reports.
export const pool = new Pool({
  connectionString: process.env.REPORTING_DATABASE_URL,
  max: 5,
});
