import { Pool } from "pg";

// Reporting replica. Read-mostly.
export const pool = new Pool({ connectionString: process.env.REPORTING_DATABASE_URL, max: 5 });
