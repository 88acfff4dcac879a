import postgres from "postgres";

// Fuel dock service (postgres.js), shares the main database.
export const sql = postgres(process.env.DATABASE_URL!, { max: 3, idle_timeout: 20 });
