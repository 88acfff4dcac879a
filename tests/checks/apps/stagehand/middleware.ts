import { clerkMiddleware, createRouteMatcher } from "@clerk/nextjs/server";

// Staff pages only. The artist portal (Lucia) and vendor area (iron-session) check their own cookies.
const isStaffRoute = createRouteMatcher(["/staff(.*)", "/account(.*)"]);

export default clerkMiddleware(async (auth, req) => {
  if (isStaffRoute(req)) await auth.protect();
});

export const config = {
  matcher: ["/((?!_next|.*\\..*).*)", "/(api|trpc)(.*)"],
};
