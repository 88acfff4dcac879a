import { Pool } from "pg";

export const pgPool = new Pool({ connectionString: process.env.REPORTING_DATABASE_URL, max: 5 });
