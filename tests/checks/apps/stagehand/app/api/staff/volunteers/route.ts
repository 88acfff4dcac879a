import { NextResponse } from "next/server";
import { auth } from "@clerk/nextjs/server";
import { db } from "@/lib/db/kysely";
import { volunteerSchema } from "@/lib/validators";

async function festivalFor(orgId: string) {
  return db.selectFrom("festivals").select("id").where("org_id", "=", orgId).executeTakeFirstOrThrow();
}

// ok: missing-auth, missing-input-validation
export async function GET() {
  const { userId, orgId } = await auth();
  if (!userId || !orgId) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const festival = await festivalFor(orgId);
  // ok: missing-authorization
  const volunteers = await db.selectFrom("volunteers").selectAll().where("festival_id", "=", festival.id).execute();
  // ruleid: excessive-data-exposure
  return NextResponse.json(volunteers);
}

// ok: missing-auth, missing-input-validation
export async function POST(req: Request) {
  const { userId, orgId } = await auth();
  if (!userId || !orgId) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const input = volunteerSchema.parse(await req.json());
  const festival = await festivalFor(orgId);
  // ok: mass-assignment
  const row = await db.insertInto("volunteers").values({ festival_id: festival.id, name: input.name, email: input.email, phone: input.phone, shifts: input.shifts.join(","), dob: input.dob, emergency_contact: input.emergencyContact, status: "approved", role: "volunteer" }).returning("id").executeTakeFirstOrThrow();
  // ok: excessive-data-exposure
  return NextResponse.json({ id: row.id }, { status: 201 });
}
