import postgres from "postgres";

// Billing service database (postgres.js).
export const sql = postgres(process.env.BILLING_DATABASE_URL!, { max: 5 });
