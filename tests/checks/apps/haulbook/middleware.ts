import { NextResponse, type NextRequest } from "next/server";
import { clerkMiddleware, createRouteMatcher } from "@clerk/nextjs/server";

const isEnterprise = createRouteMatcher(["/enterprise(.*)"]);

// page-level redirects only; server actions still authenticate themselves
export default clerkMiddleware(async (auth, req: NextRequest) => {
  if (isEnterprise(req)) await auth.protect();
  const hasSession = req.cookies.has("authjs.session-token") || req.cookies.has("__Secure-authjs.session-token");
  if (req.nextUrl.pathname.startsWith("/loads") && !hasSession) {
    return NextResponse.redirect(new URL("/sign-in", req.url));
  }
  return NextResponse.next();
});

export const config = { matcher: ["/loads/:path*", "/carriers/:path*", "/enterprise/:path*", "/settings/:path*"] };
