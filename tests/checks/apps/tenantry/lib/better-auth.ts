import { betterAuth } from "better-auth";
import { Pool } from "pg";

/** Super-admin console uses its own better-auth instance (separate cookie, hardware keys). */
export const auth = betterAuth({
  database: new Pool({ connectionString: process.env.ADMIN_DATABASE_URL }),
  emailAndPassword: { enabled: true, disableSignUp: true },
  advanced: { cookiePrefix: "tenantry-admin" },
});
