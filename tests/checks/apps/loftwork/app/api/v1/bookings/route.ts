import { NextResponse } from "next/server";
import { createHash } from "node:crypto";
import { db } from "@/lib/db";
import { authenticateApiToken } from "@/lib/api-token";

// Public API for members' own tooling (Zapier, scripts).
// ok: missing-auth
export async function GET(req: Request) {
  const caller = await authenticateApiToken(req);
  if (!caller) return NextResponse.json({ error: "invalid token" }, { status: 401 });
  const bookings = await db
    .selectFrom("bookings")
    .select(["id", "location_id", "starts_at", "ends_at", "status"])
    .where("user_id", "=", caller.userId)
    .execute();
  // ok: excessive-data-exposure
  return NextResponse.json({ bookings });
}

// todoruleid: missing-input-validation -- known gap (pass 40, E): search param read via new URL(req.url) not traced // ruleid: missing-audit-log
// ok: missing-auth
export async function DELETE(req: Request) {
  const raw = (req.headers.get("authorization") ?? "").replace(/^Bearer /, "");
  const tokenId = new URL(req.url).searchParams.get("token_id") ?? "";
  const row = await db.selectFrom("api_tokens").select(["id", "user_id", "token_hash"]).where("id", "=", tokenId).executeTakeFirst();
  const presentedHash = createHash("sha256").update(raw).digest("hex");
  // ruleid: timing-unsafe-comparison
  if (!row || row.token_hash !== presentedHash) {
    return NextResponse.json({ error: "invalid token" }, { status: 401 });
  }
  await db.deleteFrom("api_tokens").where("id", "=", row.id).execute();
  return new NextResponse(null, { status: 204 });
}
