import postgres from "postgres";

// postgres.js client used by the scheduling service (migrated from the old Go backend)
export const sql = postgres(process.env.DATABASE_URL!, { max: 3, prepare: false });
