import { betterAuth } from "better-auth";
import { Pool } from "pg";

// The customer help-center portal signs customers in with better-auth's magic-link plugin.
export const portalAuth = betterAuth({
  database: new Pool({ connectionString: process.env.PORTAL_DATABASE_URL }),
  basePath: "/api/portal-auth",
  emailAndPassword: { enabled: false },
});
