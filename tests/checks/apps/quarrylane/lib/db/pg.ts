import { Pool } from "pg";

export const pool = new Pool({ connectionString: process.env.REPORTING_DATABASE_URL });
