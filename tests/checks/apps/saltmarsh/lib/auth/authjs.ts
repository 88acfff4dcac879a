import NextAuth from "next-auth";
import Credentials from "next-auth/providers/credentials";
import bcrypt from "bcryptjs";
import { eq } from "drizzle-orm";
import { db } from "@/lib/db/drizzle";
import { users } from "@/lib/db/schema";

export const { handlers, auth, signIn, signOut } = NextAuth({
  session: { strategy: "jwt" },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(creds) {
        if (typeof creds?.email !== "string" || typeof creds?.password !== "string") return null;
        const [u] = await db.select({ id: users.id, email: users.email, role: users.role, passwordHash: users.passwordHash }).from(users).where(eq(users.email, creds.email));
        if (!u?.passwordHash) return null;
        const ok = await bcrypt.compare(creds.password, u.passwordHash);
        return ok ? { id: u.id, email: u.email, role: u.role } : null;
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) token.role = (user as { role?: string }).role;
      return token;
    },
    session({ session, token }) {
      session.user.id = token.sub!;
      (session.user as { role?: string }).role = token.role as string;
      return session;
    },
  },
});
