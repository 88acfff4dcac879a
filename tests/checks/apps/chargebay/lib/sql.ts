import postgres from "postgres";

// postgres.js, used by reporting and search.
export const sql = postgres(process.env.DATABASE_URL!, { max: 5, prepare: false });
