import { NextResponse, type NextRequest } from "next/server";
import { jwtVerify } from "jose";

const key = new TextEncoder().encode(process.env.SESSION_SECRET);
const PROTECTED_PREFIXES = ["/dashboard", "/invoices", "/clients", "/expenses", "/settings"];

export async function middleware(req: NextRequest) {
  const { pathname } = req.nextUrl;

  // During maintenance windows only staff with the preview cookie get through.
  if (process.env.MAINTENANCE_MODE === "1") {
    const previewToken = req.cookies.get("ledgerly_preview")?.value;
    // ruleid: timing-unsafe-comparison
    if (previewToken !== process.env.PREVIEW_SECRET) {
      return NextResponse.rewrite(new URL("/maintenance", req.url));
    }
  }

  if (!PROTECTED_PREFIXES.some((p) => pathname.startsWith(p))) return NextResponse.next();

  const jwt = req.cookies.get("ledgerly_session")?.value;
  if (!jwt) return NextResponse.redirect(new URL(`/login?next=${encodeURIComponent(pathname)}`, req.url));
  try {
    await jwtVerify(jwt, key, { algorithms: ["HS256"] });
    return NextResponse.next();
  } catch {
    return NextResponse.redirect(new URL("/login", req.url));
  }
}

export const config = {
  // API routes authenticate themselves.
  matcher: ["/((?!api|_next/static|_next/image|favicon.ico|maintenance).*)"],
};
