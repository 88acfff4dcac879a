import { clerkMiddleware, createRouteMatcher } from "@clerk/nextjs/server";

// Protects the school dashboard pages. Note: server actions posted to other paths are not covered.
const isSchoolRoute = createRouteMatcher(["/school(.*)", "/admin(.*)"]);

export default clerkMiddleware(async (auth, req) => {
  if (isSchoolRoute(req)) await auth.protect();
});

export const config = {
  matcher: ["/((?!_next|api/webhooks|api/cron|.*\\..*).*)"],
};
