import { NextResponse, type NextRequest } from "next/server";
import { clerkMiddleware, createRouteMatcher } from "@clerk/nextjs/server";

const isAdminPage = createRouteMatcher(["/admin(.*)"]);

// Page protection only; actions and API routes do their own checks.
export default clerkMiddleware(async (auth, req: NextRequest) => {
  if (isAdminPage(req)) await auth.protect();
  const res = NextResponse.next();
  res.headers.set("x-frame-options", "DENY");
  return res;
});

export const config = { matcher: ["/((?!_next|.*\\..*).*)"] };
