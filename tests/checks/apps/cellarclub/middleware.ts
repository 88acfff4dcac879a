import { NextResponse, type NextRequest } from "next/server";
import { clerkMiddleware } from "@clerk/nextjs/server";

// Page-path gate only: redirects signed-out visitors away from the dashboard pages.
// Server actions and /api routes do their own checks.
const kiosk = clerkMiddleware();

export default async function middleware(req: NextRequest) {
  if (req.nextUrl.pathname.startsWith("/kiosk")) return kiosk(req, {} as never);
  const hasSession = req.cookies.has("authjs.session-token") || req.cookies.has("__Secure-authjs.session-token");
  if (!hasSession && req.nextUrl.pathname.startsWith("/dashboard")) {
    return NextResponse.redirect(new URL("/login", req.url));
  }
  return NextResponse.next();
}

export const config = { matcher: ["/dashboard/:path*", "/kiosk/:path*", "/settings/:path*"] };
