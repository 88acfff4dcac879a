import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { twoFactor } from "better-auth/plugins";
import { prisma } from "@/lib/db/prisma";

// The artist portal was migrated to better-auth in 2024.
export const betterAuthInstance = betterAuth({
  database: prismaAdapter(prisma, { provider: "postgresql" }),
  emailAndPassword: { enabled: true },
  plugins: [twoFactor()],
});

export { betterAuthInstance as auth };
