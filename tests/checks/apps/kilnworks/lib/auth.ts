import "server-only";
import { betterAuth } from "better-auth";
import { drizzleAdapter } from "better-auth/adapters/drizzle";
import { twoFactor, magicLink } from "better-auth/plugins";
import { db } from "@/lib/db";
import { sendMail } from "@/lib/mailer";

export const auth = betterAuth({
  database: drizzleAdapter(db, { provider: "pg" }),
  emailAndPassword: { enabled: true, requireEmailVerification: true },
  user: { additionalFields: { role: { type: "string", input: false } } },
  plugins: [
    twoFactor(),
    magicLink({
      sendMagicLink: async ({ email, url }) => {
        await sendMail({ to: email, subject: "Your Kilnworks sign-in link", html: `<a href="${url}">Sign in</a>` });
      },
    }),
  ],
});

export type Session = typeof auth.$Infer.Session;
