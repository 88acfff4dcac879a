import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { twoFactor, magicLink } from "better-auth/plugins";
import { prisma } from "@/lib/db/prisma";
import { sendEmail } from "@/lib/email";

// Second auth stack: the sitter mobile web app moved to better-auth in 2024.
export const auth = betterAuth({
  database: prismaAdapter(prisma, { provider: "postgresql" }),
  emailAndPassword: { enabled: true, requireEmailVerification: true },
  plugins: [
    twoFactor(),
    magicLink({
      sendMagicLink: async ({ email, url }) => {
        await sendEmail({ to: email, subject: "Your Pawprint sign-in link", html: `<a href="${url}">Sign in</a>` });
      },
    }),
  ],
});

export type BetterAuthSession = typeof auth.$Infer.Session;
