import postgres from "postgres";

// postgres.js client used by the bib assignment and results modules.
export const sql = postgres(process.env.DATABASE_URL!, { max: 10, prepare: true });
