import postgres from "postgres";

// postgres.js — used by the payouts/finance module (migrated from the old Go service)
export const sql = postgres(process.env.FINANCE_DATABASE_URL!, { max: 5 });
