import NextAuth, { type DefaultSession } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import bcrypt from "bcryptjs";
import * as v from "valibot";
import { eq } from "drizzle-orm";
import { db } from "@/db";
import { users } from "@/db/schema";
import { authConfig } from "./auth.config";

declare module "next-auth" {
  interface Session {
    user: { id: string; role: "buyer" | "skipper" | "staff" | "inspector" | "admin" } & DefaultSession["user"];
  }
}

const credentialsSchema = v.object({
  email: v.pipe(v.string(), v.trim(), v.toLowerCase(), v.email()),
  password: v.pipe(v.string(), v.minLength(8)),
});

export const { handlers, auth, signIn, signOut } = NextAuth({
  ...authConfig,
  session: { strategy: "jwt", maxAge: 60 * 60 * 12 },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(raw) {
        const parsed = v.safeParse(credentialsSchema, raw);
        if (!parsed.success) return null;
        const [user] = await db
          .select({ id: users.id, email: users.email, name: users.name, role: users.role, passwordHash: users.passwordHash, suspended: users.suspended })
          .from(users)
          .where(eq(users.email, parsed.output.email))
          .limit(1);
        if (!user || user.suspended) return null;
        const ok = await bcrypt.compare(parsed.output.password, user.passwordHash);
        if (!ok) return null;
        return { id: user.id, email: user.email, name: user.name, role: user.role };
      },
    }),
  ],
  callbacks: {
    ...authConfig.callbacks,
    async jwt({ token, user }) {
      if (user) {
        token.id = user.id;
        token.role = (user as { role: string }).role;
      }
      return token;
    },
    async session({ session, token }) {
      session.user.id = token.id as string;
      session.user.role = token.role as Session["user"]["role"];
      return session;
    },
  },
});

type Session = import("next-auth").Session;
