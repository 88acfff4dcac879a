import { clerkMiddleware, createRouteMatcher } from "@clerk/nextjs/server";
import { NextResponse } from "next/server";

const isStaffRoute = createRouteMatcher(["/staff(.*)", "/admin(.*)"]);
const isApplicantRoute = createRouteMatcher(["/applications(.*)", "/settings(.*)"]);

export default clerkMiddleware(async (auth, req) => {
  if (isApplicantRoute(req)) await auth.protect();
  if (isStaffRoute(req) && !req.cookies.get("authjs.session-token") && !req.cookies.get("__Secure-authjs.session-token")) {
    return NextResponse.redirect(new URL("/sign-in", req.url));
  }
});

export const config = {
  matcher: ["/((?!_next|api/webhooks|api/cron|.*\\..*).*)"],
};
