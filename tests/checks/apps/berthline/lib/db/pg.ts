import { Pool } from "pg";

// Reporting replica; written by the nightly ETL from the Prisma primary.
export const pool = new Pool({ connectionString: process.env.REPORTING_DATABASE_URL, max: 5 });
