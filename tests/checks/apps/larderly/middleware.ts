import { clerkMiddleware, createRouteMatcher } from "@clerk/nextjs/server";
import { NextResponse } from "next/server";

// Only redirects page navigations; server actions and API routes do their own checks.
const isDonorRoute = createRouteMatcher(["/give(.*)", "/my-donations(.*)"]);
const STAFF_PREFIXES = ["/dashboard", "/pantries", "/shifts", "/admin"];

export default clerkMiddleware(async (auth, req) => {
  if (isDonorRoute(req)) await auth.protect();
  const path = req.nextUrl.pathname;
  if (STAFF_PREFIXES.some((p) => path.startsWith(p)) && !req.cookies.has("authjs.session-token") && !req.cookies.has("__Secure-authjs.session-token")) {
    return NextResponse.redirect(new URL("/login", req.url));
  }
});

export const config = { matcher: ["/((?!_next|.*\\..*).*)"] };
