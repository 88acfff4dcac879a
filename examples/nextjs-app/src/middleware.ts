import { NextResponse } from "next/server";
import { auth } from "@/lib/auth";

// Redirects signed-out visitors away from dashboard pages. This does NOT protect server
// actions: an action can be posted to any path, including ones this matcher skips.
export default auth((req) => {
  if (!req.auth) {
    return NextResponse.redirect(new URL("/login", req.nextUrl));
  }
});

export const config = {
  matcher: ["/notes/:path*", "/settings/:path*", "/team/:path*"],
};
