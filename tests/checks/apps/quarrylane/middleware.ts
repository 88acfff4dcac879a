import { clerkMiddleware, createRouteMatcher } from "@clerk/nextjs/server";

const isRentalArea = createRouteMatcher(["/fleet(.*)", "/depots(.*)"]);

export default clerkMiddleware(async (auth, req) => {
  if (isRentalArea(req)) await auth.protect();
});

export const config = { matcher: ["/((?!_next|.*\\..*).*)", "/(api|trpc)(.*)"] };
