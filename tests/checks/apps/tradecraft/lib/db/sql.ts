import postgres from "postgres";

// postgres.js client used by the funding / reconciliation module (pre-Drizzle code)
export const sql = postgres(process.env.DATABASE_URL!, { max: 5, idle_timeout: 20 });
