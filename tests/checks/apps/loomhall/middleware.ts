import { clerkMiddleware, createRouteMatcher } from "@clerk/nextjs/server";

// Customer portal (quotes, deposits, invoices, messages) is on Clerk.
// Member/studio/admin pages use Auth.js sessions checked in the pages and actions themselves.
const isCustomerRoute = createRouteMatcher(["/portal(.*)", "/quotes(.*)"]);

export default clerkMiddleware(async (auth, req) => {
  if (isCustomerRoute(req)) await auth.protect();
});

export const config = {
  matcher: ["/((?!_next|.*\\.(?:css|js|png|jpg|svg|ico|woff2?)).*)", "/(api|trpc)(.*)"],
};
