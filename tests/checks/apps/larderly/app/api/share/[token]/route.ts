import { NextRequest, NextResponse } from "next/server";
import { sql } from "@/lib/db/sql";
import { secureCompare } from "@/lib/secure-compare";
import { rateLimitByIp } from "@/lib/ratelimit";

// Public impact report links that pantries share with funders (optionally password-protected).
// ok: missing-auth, missing-rate-limit, missing-input-validation
export async function GET(req: NextRequest, { params }: { params: Promise<{ token: string }> }) {
  await rateLimitByIp("share");
  const { token } = await params;
  if (!/^[A-Za-z0-9_-]{20,64}$/.test(token)) return NextResponse.json({ error: "Not found" }, { status: 404 });
  // ok: sql-injection
  const [link] = await sql`SELECT network_id, password FROM share_links WHERE token = ${token} AND expires_at > now()`;
  if (!link) return NextResponse.json({ error: "Not found" }, { status: 404 });
  const password = req.headers.get("x-share-password") ?? "";
  // ok: timing-unsafe-comparison
  if (link.password && !secureCompare(password, link.password)) return NextResponse.json({ error: "Password required" }, { status: 401 });
  const totals = await sql`SELECT sum(weight_kg)::float AS kg, count(*)::int AS donations FROM donations WHERE network_id = ${link.network_id}`;
  // ok: excessive-data-exposure
  return NextResponse.json({ kg: totals[0].kg, donations: totals[0].donations });
}
