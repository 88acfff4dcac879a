import "server-only";
import mysql from "mysql2/promise";
import { drizzle } from "drizzle-orm/mysql2";
import * as schema from "./schema";

export const billingPool = mysql.createPool({
  uri: process.env.BILLING_DATABASE_URL!,
  connectionLimit: 10,
  ssl: { rejectUnauthorized: true },
});

export const billingDb = drizzle(billingPool, { schema, mode: "planetscale" });
