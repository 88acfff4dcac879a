import { neon, Pool } from "@neondatabase/serverless";

// Tagged-template client for one-off queries, and a pg-compatible pool for
// the places that build SQL text at runtime (reports, exports).
export const sql = neon(process.env.DATABASE_URL!);

export const pool = new Pool({ connectionString: process.env.DATABASE_URL });
