import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/next-auth";

const handler = NextAuth(authOptions);

// ok: missing-auth
export { handler as GET, handler as POST };
