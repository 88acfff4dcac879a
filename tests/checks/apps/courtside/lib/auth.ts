import { betterAuth } from "better-auth";
import { drizzleAdapter } from "better-auth/adapters/drizzle";
import { db } from "@/lib/db";

export const auth = betterAuth({
  database: drizzleAdapter(db, { provider: "pg" }),
  emailAndPassword: { enabled: true, requireEmailVerification: true },
  rateLimit: { enabled: true, window: 60, max: 20 },
});

export type SessionUser = typeof auth.$Infer.Session.user & { role?: string };
