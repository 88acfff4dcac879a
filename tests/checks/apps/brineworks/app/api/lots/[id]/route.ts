import { NextResponse } from "next/server";
import * as v from "valibot";
import { eq } from "drizzle-orm";
import { auth } from "@/auth";
import { db } from "@/db";
import { catches, lots } from "@/db/schema";
import { audit } from "@/lib/audit";

type Ctx = { params: Promise<{ id: string }> };

// Public lot card for the live board.
// ok: missing-auth, missing-input-validation
export async function GET(_req: Request, { params }: Ctx) {
  const { id } = await params;
  if (!v.is(v.pipe(v.string(), v.uuid()), id)) return NextResponse.json({ error: "not found" }, { status: 404 });
  const [lot] = await db
    .select({ id: lots.id, status: lots.status, startPrice: lots.startPrice, currentBid: lots.currentBid, endsAt: lots.endsAt, species: catches.species, weightKg: catches.weightKg, grade: catches.grade })
    .from(lots)
    .innerJoin(catches, eq(catches.id, lots.catchId))
    .where(eq(lots.id, id));
  if (!lot) return NextResponse.json({ error: "not found" }, { status: 404 });
  // ok: excessive-data-exposure
  return NextResponse.json(lot);
}

const patchSchema = v.object({ floorNotes: v.optional(v.pipe(v.string(), v.maxLength(300))), status: v.optional(v.picklist(["open", "closed", "withdrawn"])) });

// ok: missing-auth, missing-authorization, missing-audit-log
export async function PATCH(req: Request, { params }: Ctx) {
  const session = await auth();
  if (!session?.user) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  if (session.user.role !== "staff" && session.user.role !== "admin") return NextResponse.json({ error: "forbidden" }, { status: 403 });
  const { id } = await params;
  const body = v.safeParse(patchSchema, await req.json());
  if (!body.success) return NextResponse.json({ error: "invalid" }, { status: 400 });
  // ok: mass-assignment
  await db.update(lots).set(body.output).where(eq(lots.id, id));
  await audit.record({ actorId: session.user.id, action: "lot.patch", target: id, meta: body.output });
  return NextResponse.json({ ok: true });
}

// ruleid: missing-auth
export async function DELETE(_req: Request, { params }: Ctx) {
  const session = await auth();
  const { id } = await params;
  // ok: mass-assignment
  await db.update(lots).set({ status: "withdrawn" }).where(eq(lots.id, id));
  if (!session?.user) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  return NextResponse.json({ ok: true });
}
