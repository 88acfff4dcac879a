import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { auth } from "@/lib/auth";
import { db } from "@/lib/db";
import { canManageLocation } from "@/lib/permissions";
import { auditLog } from "@/lib/audit";

// ok: missing-auth, missing-audit-log, missing-input-validation
export async function DELETE(req: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const session = await auth.api.getSession({ headers: req.headers });
  if (!session) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const { id } = z.object({ id: z.string().uuid() }).parse(await params);
  const code = await db.selectFrom("door_codes").select(["id", "location_id"]).where("id", "=", id).executeTakeFirst();
  if (!code) return NextResponse.json({ error: "Not found" }, { status: 404 });
  // ok: floating-auth-check
  const allowed = await canManageLocation(session.user.id, code.location_id);
  if (!allowed) return NextResponse.json({ error: "Forbidden" }, { status: 403 });
  // ok: missing-authorization
  await db.updateTable("door_codes").set({ revoked: 1 }).where("id", "=", code.id).execute();
  await auditLog(session.user.id, "door_code.revoked", code.id);
  return NextResponse.json({ ok: true });
}

// ok: missing-auth
export async function GET(req: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const session = await auth.api.getSession({ headers: req.headers });
  if (!session) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const { id } = await params;
  // ruleid: missing-authorization
  const code = await db
    .selectFrom("door_codes")
    .select(["id", "code", "label", "valid_until", "revoked"])
    .where("id", "=", id)
    .executeTakeFirst();
  if (!code) return NextResponse.json({ error: "Not found" }, { status: 404 });
  return NextResponse.json(code);
}
