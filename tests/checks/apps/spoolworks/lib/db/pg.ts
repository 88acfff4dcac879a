import { Pool } from "pg";

// Shared pool: Lucia adapter, search and reporting queries.
export const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
