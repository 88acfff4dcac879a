import postgres from "postgres";

// postgres.js: loyalty ledger (high write volume).
export const sql = postgres(process.env.LOYALTY_DATABASE_URL!, { max: 5 });
