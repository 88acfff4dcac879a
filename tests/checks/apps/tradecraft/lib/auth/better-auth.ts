import { betterAuth } from "better-auth";
import { drizzleAdapter } from "better-auth/adapters/drizzle";
import { twoFactor, passkey } from "better-auth/plugins";
import { db } from "@/lib/db/drizzle";

export const auth = betterAuth({
  database: drizzleAdapter(db, { provider: "pg" }),
  emailAndPassword: { enabled: true, requireEmailVerification: true },
  plugins: [twoFactor({ issuer: "Tradecraft" }), passkey({ rpName: "Tradecraft" })],
  rateLimit: { enabled: true, window: 60, max: 20 },
});
