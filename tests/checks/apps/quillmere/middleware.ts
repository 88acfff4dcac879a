import { clerkMiddleware, createRouteMatcher } from "@clerk/nextjs/server";

const isAgencyRoute = createRouteMatcher(["/dashboard(.*)", "/api/reports(.*)"]);

// Protects agency pages only; server actions and /api routes do their own checks.
export default clerkMiddleware(async (auth, req) => {
  if (isAgencyRoute(req)) await auth.protect();
});

export const config = {
  matcher: ["/((?!_next|.*\\..*).*)", "/(api|trpc)(.*)"],
};
