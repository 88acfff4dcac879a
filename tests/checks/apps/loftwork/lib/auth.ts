import { betterAuth } from "better-auth";
import { organization } from "better-auth/plugins";
import { nextCookies } from "better-auth/next-js";
import { createPool } from "mysql2/promise";
import { sendMail } from "./mail";

export const auth = betterAuth({
  database: createPool({ uri: process.env.DATABASE_URL }),
  emailAndPassword: {
    enabled: true,
    requireEmailVerification: true,
    sendResetPassword: async ({ user, url }) => {
      await sendMail({ to: user.email, subject: "Reset your Loftwork password", html: `<a href="${url}">Reset password</a>` });
    },
  },
  user: {
    additionalFields: {
      role: { type: "string", required: false, defaultValue: "member", input: false },
    },
  },
  plugins: [
    organization({
      allowUserToCreateOrganization: true,
      sendInvitationEmail: async ({ email, organization, inviter, id }) => {
        await sendMail({
          to: email,
          subject: `${inviter.user.name} invited you to ${organization.name} on Loftwork`,
          html: `<a href="${process.env.APP_URL}/accept-invite/${id}">Join the team</a>`,
        });
      },
    }),
    nextCookies(),
  ],
});

export type Session = typeof auth.$Infer.Session;
