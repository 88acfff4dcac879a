import { clerkMiddleware, createRouteMatcher } from "@clerk/nextjs/server";

// Only the dashboard pages are protected here; API routes and actions do their own checks.
const isProtected = createRouteMatcher(["/dashboard(.*)", "/declarations(.*)", "/ops(.*)"]);

export default clerkMiddleware(async (auth, req) => {
  if (isProtected(req)) await auth.protect();
});

export const config = {
  matcher: ["/((?!_next|.*\\.(?:css|js|png|jpg|svg|ico|woff2?)).*)"],
};
