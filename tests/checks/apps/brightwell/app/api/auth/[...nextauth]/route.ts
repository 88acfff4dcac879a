import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/options";

const handler = NextAuth(authOptions);

// ok: missing-auth, missing-input-validation, missing-rate-limit
export { handler as GET, handler as POST };
