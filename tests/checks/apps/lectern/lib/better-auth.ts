import { betterAuth } from "better-auth";
import { twoFactor, magicLink } from "better-auth/plugins";
import { Pool } from "pg";
import { sendEmail } from "@/lib/email";

// Student-facing accounts moved to better-auth in 2025; staff still on Auth.js.
export const auth = betterAuth({
  database: new Pool({ connectionString: process.env.DATABASE_URL }),
  emailAndPassword: { enabled: true, requireEmailVerification: true },
  plugins: [
    twoFactor(),
    magicLink({
      sendMagicLink: async ({ email, url }) => {
        await sendEmail({ to: email, subject: "Your Lectern sign-in link", html: `<a href="${url}">Sign in</a>` });
      },
    }),
  ],
});
