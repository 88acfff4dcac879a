import NextAuth from "next-auth";
import Credentials from "next-auth/providers/credentials";
import Google from "next-auth/providers/google";
import { PrismaAdapter } from "@auth/prisma-adapter";
import bcrypt from "bcryptjs";
import { prisma } from "@/lib/db/prisma";

export const { handlers, auth, signIn, signOut } = NextAuth({
  adapter: PrismaAdapter(prisma),
  session: { strategy: "jwt" },
  providers: [
    Google,
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(credentials) {
        const email = String(credentials?.email ?? "").toLowerCase();
        const user = await prisma.user.findUnique({ where: { email }, select: { id: true, email: true, passwordHash: true, role: true } });
        if (!user?.passwordHash) return null;
        const ok = await bcrypt.compare(String(credentials?.password ?? ""), user.passwordHash);
        return ok ? { id: user.id, email: user.email, role: user.role } : null;
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) token.role = (user as { role?: string }).role;
      return token;
    },
  },
});

/** Throws when signed out. Used by most server actions. */
export async function requireUser() {
  const session = await auth();
  if (!session?.user?.id) throw new Error("UNAUTHENTICATED");
  return session.user as { id: string; email: string; role?: string };
}

/** Platform super-admin (Lectern staff) only. */
export async function requireSuperAdmin() {
  const user = await requireUser();
  if (user.role !== "superadmin") throw new Error("FORBIDDEN");
  return user;
}
