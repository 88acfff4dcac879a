import { NextResponse, type NextRequest } from "next/server";

// Cheap cookie-presence gate for the console pages. The real checks live in lib/auth/*:
// this only saves a render for visitors who obviously are not signed in.
const CONSOLE_PREFIXES = ["/berths", "/bookings", "/boats", "/invoices", "/crew", "/maintenance", "/documents", "/settings", "/assistant"];

export function middleware(req: NextRequest) {
  const { pathname } = req.nextUrl;
  if (CONSOLE_PREFIXES.some((p) => pathname.startsWith(p))) {
    const hasLogto = req.cookies.getAll().some((c) => c.name.startsWith("logto_"));
    if (!hasLogto) {
      const url = req.nextUrl.clone();
      url.pathname = "/sign-in";
      url.searchParams.set("next", pathname);
      return NextResponse.redirect(url);
    }
  }
  if (pathname.startsWith("/portal") && !pathname.startsWith("/portal/login") && !req.cookies.has("qs_owner")) {
    return NextResponse.redirect(new URL("/portal/login", req.url));
  }
  return NextResponse.next();
}

export const config = {
  matcher: ["/((?!api|_next/static|_next/image|favicon.ico|embed).*)"],
};
