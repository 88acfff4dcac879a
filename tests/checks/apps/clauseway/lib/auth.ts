import { betterAuth } from "better-auth";
import { drizzleAdapter } from "better-auth/adapters/drizzle";
import { twoFactor, magicLink } from "better-auth/plugins";
import { db } from "@/lib/db/drizzle";
import { sendMail } from "@/lib/mailer";

export const auth = betterAuth({
  database: drizzleAdapter(db, { provider: "pg" }),
  emailAndPassword: { enabled: true, requireEmailVerification: true },
  plugins: [
    twoFactor(),
    magicLink({
      sendMagicLink: async ({ email, url }) => {
        await sendMail({ to: email, subject: "Your Clauseway sign-in link", html: `<a href="${url}">Sign in</a>` });
      },
    }),
  ],
  rateLimit: { enabled: true, window: 60, max: 20 },
});

export type Session = typeof auth.$Infer.Session;
