import NextAuth from "next-auth";
import { authConfig } from "./auth.config";

// Page gating only. Server actions and /api routes do their own checks.
export default NextAuth(authConfig).auth;

export const config = {
  matcher: ["/dashboard/:path*", "/floor/:path*", "/settlement/:path*", "/admin/:path*", "/account/:path*", "/coldstore/:path*"],
};
