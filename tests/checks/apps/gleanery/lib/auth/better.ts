import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { prisma } from "@/lib/db/prisma";

// Primary staff auth since the 2025 migration (coordinators, pantry staff, network admins)
export const auth = betterAuth({
  database: prismaAdapter(prisma, { provider: "postgresql" }),
  emailAndPassword: { enabled: true, requireEmailVerification: true },
  user: { additionalFields: { role: { type: "string", defaultValue: "staff", input: false } } },
  session: { expiresIn: 60 * 60 * 12 },
});

export type BetterSession = typeof auth.$Infer.Session;
