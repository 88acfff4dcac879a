import { betterAuth } from "better-auth";
import { Pool } from "pg";

/** Franchise portal: migrated to better-auth in 2024, separate user table. */
export const auth = betterAuth({
  database: new Pool({ connectionString: process.env.FRANCHISE_DATABASE_URL }),
  emailAndPassword: { enabled: true, requireEmailVerification: true },
  session: { expiresIn: 60 * 60 * 24 * 7 },
});
