import { NextResponse, type NextRequest } from "next/server";
import { sqlite } from "@/lib/db/sqlite";

const SAFE_HOSTS = new Set(["lectern.school", "www.lectern.school"]);

// PUBLIC affiliate tracking link: /r/abc123?to=/courses/foo
// ruleid: missing-input-validation
// ok: missing-auth -- ambiguous (judge): anonymous click-tracking insert, public by design
export async function GET(req: NextRequest, { params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  const ua = req.headers.get("user-agent") ?? "";
  // ruleid: sql-injection
  sqlite.prepare(`INSERT INTO affiliate_clicks (code, ua, created_at) VALUES ('${code}', ?, ?)`).run(ua, Date.now());
  const to = req.nextUrl.searchParams.get("to") ?? "/";
  const res = NextResponse.redirect(new URL(to, req.url));
  res.cookies.set("lectern_aff", code, { maxAge: 60 * 60 * 24 * 30 });
  return res;
}

// Same link for POST beacons from the embed script.
// ok: missing-auth -- ambiguous (judge): anonymous click-tracking insert, public by design
export async function POST(req: NextRequest, { params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  if (!/^[a-z0-9]{8}$/.test(code)) return new NextResponse(null, { status: 400 });
  // ok: sql-injection
  sqlite.prepare("INSERT INTO affiliate_clicks (code, ua, created_at) VALUES (?, ?, ?)").run(code, req.headers.get("user-agent"), Date.now());
  const { to } = (await req.json()) as { to?: string };
  const target = new URL(typeof to === "string" ? to : "/", req.url);
  if (!SAFE_HOSTS.has(target.hostname)) return NextResponse.json({ redirect: "/" });
  return NextResponse.json({ redirect: target.pathname });
}
