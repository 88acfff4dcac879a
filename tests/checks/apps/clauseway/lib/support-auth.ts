import NextAuth from "next-auth";
import Credentials from "next-auth/providers/credentials";
import Google from "next-auth/providers/google";
import bcrypt from "bcryptjs";
import { prisma } from "@/lib/db/prisma";

// Platform-support console (Clauseway staff), separate from customer auth.
export const { handlers, auth, signIn, signOut } = NextAuth({
  basePath: "/api/support-auth",
  providers: [
    Google({ allowDangerousEmailAccountLinking: false }),
    Credentials({
      credentials: { email: {}, password: {} },
      authorize: async (credentials) => {
        // ok: timing-unsafe-comparison
        if (typeof credentials?.email !== "string" || typeof credentials?.password !== "string") return null;
        const staff = await prisma.supportStaff.findUnique({ where: { email: credentials.email } });
        if (!staff) return null;
        const ok = await bcrypt.compare(credentials.password, staff.passwordHash);
        return ok ? { id: staff.id, email: staff.email, name: staff.name, role: staff.role } : null;
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) token.role = (user as { role?: string }).role;
      return token;
    },
    session({ session, token }) {
      (session.user as { role?: string }).role = token.role as string;
      return session;
    },
  },
});

export async function requireSupportStaff(minRole: "agent" | "lead" = "agent") {
  const session = await auth();
  if (!session?.user) throw new Error("Support sign-in required");
  const role = (session.user as { role?: string }).role;
  if (minRole === "lead" && role !== "lead") throw new Error("Support lead only");
  return session.user as { id: string; email: string; role: string };
}
