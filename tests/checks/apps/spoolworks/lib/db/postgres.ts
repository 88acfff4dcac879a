import postgres from "postgres";

// postgres.js: admin console and support tooling.
export const sql = postgres(process.env.DATABASE_URL!, { max: 5, idle_timeout: 20 });
