import { Pool } from "pg";

// Legacy reporting pool (the original 2021 Express API used this directly).
export const pool = new Pool({ connectionString: process.env.REPORTING_DATABASE_URL, max: 5 });
