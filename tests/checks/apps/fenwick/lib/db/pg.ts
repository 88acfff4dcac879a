import "server-only";
import { Pool } from "pg";

export const pool = new Pool({
  connectionString: process.env.BILLING_DATABASE_URL,
  max: 10,
  ssl: process.env.NODE_ENV === "production" ? { rejectUnauthorized: true } : undefined,
});
