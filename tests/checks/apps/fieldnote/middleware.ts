import { clerkMiddleware, createRouteMatcher } from "@clerk/nextjs/server";
import { NextResponse } from "next/server";

const isStaffRoute = createRouteMatcher(["/admin(.*)", "/api/admin(.*)"]);
const APP_PREFIXES = ["/jobs", "/customers", "/settings", "/invoices"];

export default clerkMiddleware(async (auth, req) => {
  if (isStaffRoute(req)) await auth.protect();

  // Optimistic redirect only; the DAL re-checks the session on every request.
  const path = req.nextUrl.pathname;
  if (APP_PREFIXES.some((p) => path.startsWith(p)) && !req.cookies.has("fn_session")) {
    return NextResponse.redirect(new URL("/login", req.url));
  }
  return NextResponse.next();
});

export const config = {
  matcher: ["/((?!_next|.*\\..*|api/webhooks|api/cron).*)"],
};
