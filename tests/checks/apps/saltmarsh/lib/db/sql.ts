import postgres from "postgres";

// postgres.js client used by the older reporting code
export const sql = postgres(process.env.DATABASE_URL!, { max: 5, idle_timeout: 20 });
