import postgres from "postgres";

// postgres.js client used by the inventory ledger
export const sql = postgres(process.env.DATABASE_URL!, { max: 5 });
