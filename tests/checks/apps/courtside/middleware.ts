import { clerkMiddleware, createRouteMatcher } from "@clerk/nextjs/server";
import { NextResponse } from "next/server";

// League-admin console is on Clerk; the member app uses better-auth cookies.
const isAdminRoute = createRouteMatcher(["/admin(.*)"]);
const isMemberRoute = createRouteMatcher(["/dashboard(.*)", "/settings(.*)"]);

export default clerkMiddleware(async (auth, req) => {
  if (isAdminRoute(req)) await auth.protect();
  if (isMemberRoute(req) && !req.cookies.get("better-auth.session_token")) {
    return NextResponse.redirect(new URL("/sign-in", req.url));
  }
});

export const config = { matcher: ["/admin/:path*", "/dashboard/:path*", "/settings/:path*"] };
