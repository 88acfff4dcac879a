import { NextResponse, type NextRequest } from "next/server";
import { clerkMiddleware, createRouteMatcher } from "@clerk/nextjs/server";

// Console (Clerk) and the dashboard (Auth.js cookie) share one middleware.
// NB: this only redirects page navigations; actions and API routes do their own checks.
const isConsole = createRouteMatcher(["/console(.*)"]);

export default clerkMiddleware(async (auth, req: NextRequest) => {
  if (isConsole(req)) await auth.protect();
  const hasDashboardCookie = req.cookies.has("authjs.session-token") || req.cookies.has("__Secure-authjs.session-token");
  if (req.nextUrl.pathname.startsWith("/marinas") && !hasDashboardCookie) {
    return NextResponse.redirect(new URL("/login", req.url));
  }
  return NextResponse.next();
});

export const config = {
  matcher: ["/console/:path*", "/marinas/:path*", "/customers/:path*", "/account/:path*"],
};
