import { auth } from "@/lib/auth/authjs";
import { clerkMiddleware, createRouteMatcher } from "@clerk/nextjs/server";
import { NextResponse } from "next/server";

const isFederationRoute = createRouteMatcher(["/federation(.*)", "/api/federation(.*)"]);

// Page-path protection only. Server actions still guard themselves.
const clerk = clerkMiddleware(async (clerkAuth, req) => {
  if (isFederationRoute(req)) await clerkAuth.protect();
});

export default auth(async (req) => {
  if (req.nextUrl.pathname.startsWith("/federation") || req.nextUrl.pathname.startsWith("/api/federation")) {
    return clerk(req, {} as never);
  }
  const signedIn = !!req.auth;
  if (!signedIn && req.nextUrl.pathname.startsWith("/g/")) {
    return NextResponse.redirect(new URL("/sign-in", req.nextUrl));
  }
  return NextResponse.next();
});

export const config = {
  matcher: ["/g/:path*", "/account/:path*", "/federation/:path*", "/api/federation/:path*"],
};
