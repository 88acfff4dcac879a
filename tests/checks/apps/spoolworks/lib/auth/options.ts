import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { verify } from "@node-rs/argon2";
import { sql } from "@/lib/db/postgres";
import { rateLimitByIp } from "@/lib/rate-limit";
import { logger } from "@/lib/logger";

// Platform-admin console runs on Auth.js v4 (staff of Spoolworks itself).
export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: 60 * 60 * 8 },
  pages: { signIn: "/admin/login" },
  providers: [
    CredentialsProvider({
      name: "Staff",
      credentials: { email: { type: "email" }, password: { type: "password" } },
      async authorize(credentials) {
        if (!credentials?.email || !credentials.password) return null;
        await rateLimitByIp("staff-login");
        const [staff] = await sql`select id, email, role, password_hash from platform_staff where email = ${credentials.email}`;
        if (!staff) return null;
        const valid = await verify(staff.password_hash, credentials.password);
        if (!valid) {
          logger.warn({ event: "staff.login_failed", staff: staff.id }, "staff login failed");
          return null;
        }
        logger.info({ event: "staff.login", staff: staff.id }, "staff login");
        return { id: staff.id, email: staff.email, role: staff.role };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) token.role = (user as { role?: string }).role;
      return token;
    },
    session({ session, token }) {
      if (session.user) {
        (session.user as { id?: string; role?: string }).id = token.sub;
        (session.user as { id?: string; role?: string }).role = token.role as string;
      }
      return session;
    },
  },
};
