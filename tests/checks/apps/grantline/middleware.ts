import { NextResponse, type NextRequest } from "next/server";
import { clerkMiddleware, createRouteMatcher } from "@clerk/nextjs/server";

// Page gate only. Server actions posted to other paths are not covered by this matcher.
const isProtected = createRouteMatcher(["/f/(.*)", "/admin(.*)", "/settings(.*)", "/org/(.*)"]);

export default clerkMiddleware(async (auth, req: NextRequest) => {
  if (isProtected(req)) await auth.protect();
  if (req.nextUrl.pathname.startsWith("/admin") && !req.cookies.get("gl_staff")) {
    return NextResponse.redirect(new URL("/", req.url));
  }
  return NextResponse.next();
});

export const config = { matcher: ["/((?!_next|api/webhooks|api/cron|.*\\..*).*)"] };
