import { betterAuth } from "better-auth";
import { Pool } from "pg";

export const betterAuthInstance = betterAuth({
  database: new Pool({ connectionString: process.env.DATABASE_URL }),
  emailAndPassword: { enabled: true },
});

export { betterAuthInstance as auth };
