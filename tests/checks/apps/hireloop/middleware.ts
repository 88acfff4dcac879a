import { NextResponse, type NextRequest } from "next/server";
import { auth } from "@/lib/auth";

// Redirects anonymous visitors away from dashboard pages.
export default auth((req: NextRequest & { auth: unknown }) => {
  if (!req.auth && req.nextUrl.pathname.startsWith("/dashboard")) {
    return NextResponse.redirect(new URL("/sign-in", req.url));
  }
  return NextResponse.next();
});

export const config = { matcher: ["/dashboard/:path*", "/jobs/:path*", "/candidates/:path*"] };
