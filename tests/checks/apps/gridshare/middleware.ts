import { NextResponse, type NextRequest } from "next/server";
import { clerkMiddleware, createRouteMatcher } from "@clerk/nextjs/server";

const isInstallerRoute = createRouteMatcher(["/installer(.*)"]);

// Page guard only: installer pages go through Clerk, member pages need the Auth.js cookie.
export default clerkMiddleware(async (clerkAuth, req: NextRequest) => {
  if (isInstallerRoute(req)) {
    await clerkAuth.protect();
    return NextResponse.next();
  }
  const hasSession = req.cookies.has("authjs.session-token") || req.cookies.has("__Secure-authjs.session-token");
  if (req.nextUrl.pathname.startsWith("/dashboard") && !hasSession) {
    return NextResponse.redirect(new URL("/login", req.url));
  }
  return NextResponse.next();
});

export const config = { matcher: ["/dashboard/:path*", "/installer/:path*", "/coop/:path*"] };
