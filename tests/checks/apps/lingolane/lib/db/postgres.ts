import postgres from "postgres";

// postgres.js client used by full-text search over translation memory.
export const sql = postgres(process.env.DATABASE_URL!, { max: 10 });
