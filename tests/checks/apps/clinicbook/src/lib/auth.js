import { getServerSession } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import bcrypt from "bcryptjs";
import dbConnect from "@/lib/mongodb";
import User from "@/models/User";

export const authOptions = {
  session: { strategy: "jwt" },
  providers: [
    CredentialsProvider({
      name: "Email",
      credentials: { email: {}, password: {} },
      async authorize(credentials) {
        await dbConnect();
        const user = await User.findOne({ email: credentials.email }).select("+password");
        if (!user) return null;
        const ok = await bcrypt.compare(credentials.password, user.password);
        return ok ? { id: String(user._id), email: user.email, role: user.role } : null;
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) token.role = user.role;
      return token;
    },
    session({ session, token }) {
      session.user.id = token.sub;
      session.user.role = token.role;
      return session;
    },
  },
};

export async function getSessionUser() {
  const session = await getServerSession(authOptions);
  return session?.user ?? null;
}

export async function requireStaff() {
  const user = await getSessionUser();
  if (!user || (user.role !== "staff" && user.role !== "admin")) {
    throw new Error("Forbidden");
  }
  return user;
}

export async function requireAdmin() {
  const user = await getSessionUser();
  if (user?.role !== "admin") throw new Error("Forbidden");
  return user;
}
