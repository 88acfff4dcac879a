import { NextResponse, type NextRequest } from "next/server";
import { clerkMiddleware, createRouteMatcher } from "@clerk/nextjs/server";

// Staff app pages require a Clerk session. The matcher deliberately skips /api (webhooks,
// cron, partner API authenticate themselves) and the public intake/portal pages.
const isStaffRoute = createRouteMatcher(["/app(.*)", "/admin(.*)"]);

export default clerkMiddleware(async (auth, req: NextRequest) => {
  if (isStaffRoute(req)) {
    await auth.protect();
  }
  return NextResponse.next();
});

export const config = {
  matcher: ["/((?!_next|api|intake|portal|service|.*\\..*).*)"],
};
