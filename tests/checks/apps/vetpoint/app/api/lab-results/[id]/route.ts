import { NextResponse } from "next/server";
import { getKindeServerSession } from "@kinde-oss/kinde-auth-nextjs/server";
import { z } from "zod";
import { labDb } from "@/lib/db/kysely";
import { getStaff } from "@/lib/auth/kinde";

// ok: missing-auth, missing-input-validation
export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const staff = await getStaff();
  if (!staff) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const id = z.string().uuid().parse((await params).id);
  // ok: missing-authorization
  const row = await labDb.selectFrom("lab_results").select(["id", "panel", "flagged", "payload", "received_at"]).where("id", "=", id).where("clinic_id", "=", staff.clinicId).executeTakeFirst();
  if (!row) return NextResponse.json({ error: "Not found" }, { status: 404 });
  // ok: excessive-data-exposure
  return NextResponse.json(row);
}

// ok: missing-auth, missing-input-validation
export async function DELETE(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { getPermission, isAuthenticated } = getKindeServerSession();
  if (!(await isAuthenticated())) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const perm = await getPermission("delete:lab-results");
  if (!perm?.isGranted) return NextResponse.json({ error: "Forbidden" }, { status: 403 });
  const id = z.string().uuid().parse((await params).id);
  // ok: missing-authorization
  await labDb.deleteFrom("lab_results").where("id", "=", id).execute();
  return NextResponse.json({ ok: true });
}
