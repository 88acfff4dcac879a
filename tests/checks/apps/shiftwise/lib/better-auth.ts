import { betterAuth } from "better-auth";
import { Pool } from "pg";

export const betterAuthServer = betterAuth({
  database: new Pool({ connectionString: process.env.DATABASE_URL }),
  emailAndPassword: { enabled: true },
});
export { betterAuthServer as auth };
