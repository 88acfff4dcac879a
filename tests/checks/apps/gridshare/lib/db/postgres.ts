import postgres from "postgres";

// Billing ledger (postgres.js); the bill run and credit ledger write here.
export const sql = postgres(process.env.LEDGER_DATABASE_URL!, { max: 5 });
