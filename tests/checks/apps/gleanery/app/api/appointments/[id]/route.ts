import { NextResponse } from "next/server";
import { eq } from "drizzle-orm";
import * as v from "valibot";
import { db } from "@/lib/db/drizzle";
import { appointments } from "@/lib/db/schema";
import { verifySession } from "@/lib/dal";
import { isPantryManager } from "@/lib/auth/guards";

const PatchSchema = v.object({ status: v.picklist(["booked", "checked_in", "no_show", "cancelled"]) });

// ok: missing-auth, missing-input-validation
export async function PATCH(req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { userId } = await verifySession();
  const { id } = await params;
  if (typeof id !== "string") return NextResponse.json({ error: "bad id" }, { status: 400 });
  const [appt] = await db.select({ pantryId: appointments.pantryId }).from(appointments).where(eq(appointments.id, id));
  if (!appt) return NextResponse.json({ error: "not found" }, { status: 404 });
  // ok: floating-auth-check
  if (!(await isPantryManager(userId, appt.pantryId))) return NextResponse.json({ error: "forbidden" }, { status: 403 });
  const body = v.parse(PatchSchema, await req.json());
  // ok: missing-authorization, mass-assignment
  await db.update(appointments).set(body).where(eq(appointments.id, id));
  return NextResponse.json({ ok: true });
}
