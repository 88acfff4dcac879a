import { clerkMiddleware, createRouteMatcher } from "@clerk/nextjs/server";
import { NextResponse } from "next/server";

// Clerk only guards the agency portal pages. Everything else does its own checks.
const isAgencyRoute = createRouteMatcher(["/agency(.*)"]);

export default clerkMiddleware(async (auth, req) => {
  if (isAgencyRoute(req)) await auth.protect();
  const res = NextResponse.next();
  res.headers.set("x-frame-options", "DENY");
  return res;
});

export const config = { matcher: ["/((?!_next|.*\\..*).*)", "/(api|trpc)(.*)"] };
