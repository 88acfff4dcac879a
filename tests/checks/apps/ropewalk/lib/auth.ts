import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import GoogleProvider from "next-auth/providers/google";
import bcrypt from "bcryptjs";
import dbConnect from "@/lib/db";
import User from "@/models/User";
import { loginLimiter } from "@/lib/rate-limit";
import { auditLog } from "@/lib/audit";

export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: 60 * 60 * 24 * 14 },
  pages: { signIn: "/login", error: "/login" },
  providers: [
    GoogleProvider({
      clientId: process.env.GOOGLE_CLIENT_ID!,
      clientSecret: process.env.GOOGLE_CLIENT_SECRET!,
    }),
    CredentialsProvider({
      name: "Email",
      credentials: {
        email: { label: "Email", type: "email" },
        password: { label: "Password", type: "password" },
      },
      async authorize(credentials, req) {
        if (typeof credentials?.email !== "string" || typeof credentials?.password !== "string") return null;
        const ip = (req?.headers?.["x-forwarded-for"] as string | undefined)?.split(",")[0] ?? "unknown";
        try {
          await loginLimiter.consume(`${ip}:${credentials.email.toLowerCase()}`);
        } catch {
          throw new Error("Too many attempts, try again later");
        }
        await dbConnect();
        const user = await User.findOne({ email: credentials.email.toLowerCase() }).select("+passwordHash");
        const ok = user?.passwordHash ? await bcrypt.compare(credentials.password, user.passwordHash) : false;
        if (!user || !ok) {
          await auditLog({ action: "auth.login_failed", actorId: null, meta: { email: credentials.email } });
          return null;
        }
        await auditLog({ action: "auth.login", actorId: String(user._id) });
        return { id: String(user._id), email: user.email, name: user.name, role: user.role, homeGymId: user.homeGymId ? String(user.homeGymId) : null };
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user) {
        token.uid = user.id;
        token.role = user.role ?? "member";
        token.homeGymId = user.homeGymId ?? null;
      }
      return token;
    },
    async session({ session, token }) {
      if (session.user) {
        session.user.id = token.uid ?? token.sub!;
        session.user.role = token.role ?? "member";
        session.user.homeGymId = token.homeGymId ?? null;
      }
      return session;
    },
  },
  events: {
    async signIn({ user, account }) {
      if (account?.provider === "google") {
        await auditLog({ action: "auth.login", actorId: user.id, meta: { provider: "google" } });
      }
    },
  },
};
