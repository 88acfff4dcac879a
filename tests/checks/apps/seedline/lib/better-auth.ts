import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { twoFactor, magicLink } from "better-auth/plugins";
import { prisma } from "@/lib/db";
import { sendEmail } from "@/lib/notify";

// Buyer portal (wholesalers, processors, exporters) runs on better-auth since the 2024 migration.
export const auth = betterAuth({
  database: prismaAdapter(prisma, { provider: "postgresql" }),
  emailAndPassword: { enabled: true, requireEmailVerification: true },
  plugins: [
    twoFactor(),
    magicLink({
      sendMagicLink: async ({ email, url }) => {
        await sendEmail({ to: email, subject: "Sign in to Seedline Buyers", html: `<a href="${url}">Sign in</a>` });
      },
    }),
  ],
});
