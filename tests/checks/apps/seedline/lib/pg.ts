import { Pool } from "pg";

// Reporting replica. Only used for read-heavy reports and exports.
export const pool = new Pool({ connectionString: process.env.REPORTING_DATABASE_URL, max: 10 });
