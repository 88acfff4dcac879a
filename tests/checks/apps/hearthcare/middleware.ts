import { clerkMiddleware, createRouteMatcher } from "@clerk/nextjs/server";

// Family portal pages are Clerk-protected here; agency/caregiver/support areas check their own sessions.
const isFamilyRoute = createRouteMatcher(["/family(.*)", "/api/family(.*)"]);

export default clerkMiddleware(async (auth, req) => {
  if (isFamilyRoute(req)) await auth.protect();
});

export const config = {
  matcher: ["/((?!_next|.*\\..*|api/mobile|api/webhooks|api/cron).*)"],
};
