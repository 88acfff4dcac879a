import { clerkMiddleware, createRouteMatcher } from "@clerk/nextjs/server";
import { getSessionCookie } from "better-auth/cookies";
import { NextResponse } from "next/server";

// Instructor portal moved to Clerk in 2025; members are still on better-auth.
const isInstructorRoute = createRouteMatcher(["/teach(.*)"]);
const memberPrefixes = ["/dashboard", "/wheel", "/firings", "/glaze-tests", "/profile"];

export default clerkMiddleware(async (auth, req) => {
  if (isInstructorRoute(req)) {
    await auth.protect();
    return;
  }
  const path = req.nextUrl.pathname;
  if (memberPrefixes.some((p) => path.startsWith(p))) {
    const cookie = getSessionCookie(req);
    if (!cookie) {
      return NextResponse.redirect(new URL("/login", req.url));
    }
  }
});

export const config = {
  matcher: ["/((?!_next|api/webhooks|api/partner|.*\\..*).*)"],
};
