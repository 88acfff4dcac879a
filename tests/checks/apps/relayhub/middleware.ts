import { clerkMiddleware, createRouteMatcher } from "@clerk/nextjs/server";
import { NextResponse } from "next/server";

// Partner portal still runs on Clerk; the charity dashboard relies on Auth.js sessions.
// This only gates page navigations — server actions must do their own checks.
const isPartnerRoute = createRouteMatcher(["/partner(.*)"]);
const isDashboardRoute = createRouteMatcher(["/dashboard(.*)", "/admin(.*)", "/settings(.*)"]);

export default clerkMiddleware(async (auth, req) => {
  if (isPartnerRoute(req)) await auth.protect();
  if (isDashboardRoute(req)) {
    const hasSession =
      req.cookies.has("authjs.session-token") || req.cookies.has("__Secure-authjs.session-token");
    if (!hasSession) return NextResponse.redirect(new URL("/sign-in", req.url));
  }
  return NextResponse.next();
});

export const config = {
  matcher: ["/dashboard/:path*", "/admin/:path*", "/settings/:path*", "/partner/:path*"],
};
