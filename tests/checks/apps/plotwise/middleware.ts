import { NextResponse, type NextRequest } from "next/server";

// Cookie presence only (no DB in the edge runtime); real checks happen in pages/actions.
export function middleware(request: NextRequest) {
  const token = request.cookies.get("session")?.value ?? null;
  // ok: timing-unsafe-comparison
  if (token === null && request.method === "GET") {
    const url = request.nextUrl.clone();
    url.pathname = "/login";
    url.searchParams.set("next", request.nextUrl.pathname);
    return NextResponse.redirect(url);
  }
  const response = NextResponse.next();
  // ok: timing-unsafe-comparison
  if (request.method === "GET" && token !== null) {
    response.cookies.set("session", token, {
      path: "/",
      maxAge: 60 * 60 * 24 * 30,
      sameSite: "lax",
      httpOnly: true,
      secure: process.env.NODE_ENV === "production",
    });
  }
  return response;
}

export const config = {
  matcher: ["/dashboard/:path*", "/plots/:path*", "/waiting-list", "/tools/:path*", "/fees/:path*", "/committee/:path*", "/settings/:path*"],
};
