import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { twoFactor } from "better-auth/plugins";
import { nextCookies } from "better-auth/next-js";
import { prisma } from "@/lib/db/prisma";
import { sendEmail } from "@/lib/messaging";

// Account settings run on better-auth (migrated from Auth.js in 2024; the dashboard still uses next-auth).
export const auth = betterAuth({
  database: prismaAdapter(prisma, { provider: "postgresql" }),
  emailAndPassword: { enabled: true, minPasswordLength: 10 },
  user: {
    changeEmail: {
      enabled: true,
      sendChangeEmailVerification: async ({ newEmail, url }) => {
        await sendEmail({ to: newEmail, subject: "Confirm your new email", html: `<a href="${url}">Confirm</a>` });
      },
    },
    deleteUser: { enabled: true },
  },
  plugins: [twoFactor({ issuer: "Gatehouse" }), nextCookies()],
});

export type AuthSession = typeof auth.$Infer.Session;
