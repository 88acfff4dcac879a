import { clerkMiddleware, createRouteMatcher } from "@clerk/nextjs/server";
import { NextResponse } from "next/server";

const isProtected = createRouteMatcher(["/dashboard(.*)", "/account(.*)", "/admin(.*)", "/tickets(.*)"]);

// Page protection only. Server actions are checked in their own modules.
export default clerkMiddleware(async (auth, req) => {
  if (isProtected(req)) {
    const { userId } = await auth();
    if (!userId && !req.cookies.get("authjs.session-token")) {
      return NextResponse.redirect(new URL("/login", req.url));
    }
  }
  return NextResponse.next();
});

export const config = {
  matcher: ["/((?!_next|.*\\..*|api/webhooks|api/v1|api/search|api/widget).*)"],
};
