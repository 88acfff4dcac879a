import "server-only";
import postgres from "postgres";

// postgres.js client for the reporting queries.
export const sql = postgres(process.env.DATABASE_URL!, { max: 5, idle_timeout: 20 });
