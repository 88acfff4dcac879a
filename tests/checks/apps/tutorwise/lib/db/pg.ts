import { Pool } from "pg";

// legacy invoicing service still talks to pg directly
export const pool = new Pool({ connectionString: process.env.INVOICES_DATABASE_URL });
