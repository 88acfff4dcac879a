import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import EmailProvider from "next-auth/providers/email";
import { PrismaAdapter } from "@next-auth/prisma-adapter";
import bcrypt from "bcryptjs";
import { db } from "@/lib/db";
import { audit } from "@/lib/audit";

export const authOptions: NextAuthOptions = {
  adapter: PrismaAdapter(db),
  session: { strategy: "jwt" },
  providers: [
    EmailProvider({ server: process.env.EMAIL_SERVER, from: "Brightwell <no-reply@brightwell.school>" }),
    CredentialsProvider({
      name: "Staff password",
      credentials: { email: { type: "email" }, password: { type: "password" } },
      async authorize(credentials) { // ruleid: missing-rate-limit
        if (!credentials?.email || !credentials.password) return null;
        const user = await db.user.findUnique({ where: { email: credentials.email }, select: { id: true, email: true, passwordHash: true } });
        // ok: timing-unsafe-comparison
        const ok = user?.passwordHash ? await bcrypt.compare(credentials.password, user.passwordHash) : false;
        await audit.record({ actorId: user?.id ?? "anonymous", action: ok ? "staff.login" : "staff.login_failed" });
        return ok && user ? { id: user.id, email: user.email } : null;
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user) token.uid = user.id;
      return token;
    },
    async session({ session, token }) {
      if (session.user) (session.user as { id?: string }).id = token.uid as string;
      return session;
    },
  },
};
