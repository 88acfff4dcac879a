import { Pool } from "pg";

// Used for reporting / audit-log search where Prisma is too slow.
export const pool = new Pool({
  connectionString: process.env.REPORTING_DATABASE_URL ?? process.env.DATABASE_URL,
  max: 5,
});
