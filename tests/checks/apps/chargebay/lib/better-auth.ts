import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { magicLink, phoneNumber } from "better-auth/plugins";
import { prisma } from "@/lib/db";
import { sendEmail, sendSms } from "@/lib/notify";

// Driver app accounts (mobile + web) moved to better-auth in 2024.
export const auth = betterAuth({
  database: prismaAdapter(prisma, { provider: "postgresql" }),
  emailAndPassword: { enabled: true, requireEmailVerification: true },
  rateLimit: { enabled: true, window: 60, max: 20 },
  plugins: [
    magicLink({
      sendMagicLink: async ({ email, url }) => {
        await sendEmail({ to: email, subject: "Your Chargebay sign-in link", html: `<a href="${url}">Sign in</a>` });
      },
    }),
    phoneNumber({
      sendOTP: async ({ phoneNumber: to, code }) => {
        await sendSms(to, `Your Chargebay code is ${code}`);
      },
    }),
  ],
});

export type DriverSession = typeof auth.$Infer.Session;
