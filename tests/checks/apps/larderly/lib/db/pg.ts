import { Pool } from "pg";

// Legacy reporting connection (read replica) from the v1 Express API.
export const pgPool = new Pool({ connectionString: process.env.REPORTING_DATABASE_URL });
