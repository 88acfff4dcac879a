import { Pool } from "pg";

export const pool = new Pool({ connectionString: process.env.LEDGER_DATABASE_URL, max: 10 });
