import { clerkMiddleware, createRouteMatcher } from "@clerk/nextjs/server";

// Page protection only. Server actions and /api routes do their own checks.
const isProtected = createRouteMatcher(["/projects(.*)", "/settings(.*)", "/admin(.*)", "/payroll(.*)"]);

export default clerkMiddleware(async (auth, req) => {
  if (isProtected(req)) await auth.protect();
});

export const config = {
  matcher: ["/((?!_next|api/webhooks|api/cron|.*\\..*).*)"],
};
