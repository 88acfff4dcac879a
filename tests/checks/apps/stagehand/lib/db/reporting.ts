import postgres from "postgres";

/** Read replica for reporting (postgres.js). */
export const sql = postgres(process.env.REPORTING_DATABASE_URL!, { max: 4, idle_timeout: 20 });
