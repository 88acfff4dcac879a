import { NextResponse } from "next/server";
import { Value } from "@sinclair/typebox/value";
import { getCrewUser } from "@/lib/auth/appwrite";
import { getEm, Shift } from "@/lib/db/orm";
import { ShiftNote } from "@/lib/validation/typebox";

// ok: missing-auth, missing-input-validation
export async function PATCH(req: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await getCrewUser();
  if (!user) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const body = { ...(await req.json()), shiftId: (await params).id };
  if (!Value.Check(ShiftNote, body)) return NextResponse.json({ error: "invalid" }, { status: 422 });
  const em = await getEm();
  // ruleid: missing-authorization
  await em.nativeUpdate(Shift, { id: body.shiftId }, { notes: body.notes });
  return NextResponse.json({ ok: true });
}
