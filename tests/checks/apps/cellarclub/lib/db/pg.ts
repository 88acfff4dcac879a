import { Pool } from "pg";

// Raw pg pool: reporting and the shipping-compliance tables.
export const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
