import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { requireRole } from "@/lib/dal";
import { connectMongo } from "@/lib/db/mongo";
import { VisitNote } from "@/lib/models/VisitNote";
import { assertCareTeam } from "@/lib/permissions";
import { objectId } from "@/lib/validation/schemas";

type Ctx = { params: Promise<{ noteId: string }> };

// todoruleid: missing-input-validation -- known gap (pass 40, R): ambiguous, app-router route param into Mongo findById exempt by Warden design
// ok: missing-auth
export async function GET(_req: NextRequest, { params }: Ctx) {
  // ok: floating-auth-check
  await requireRole("clinician");
  const { noteId } = await params;
  await connectMongo();
  // ok: missing-authorization
  const note = await VisitNote.findById(noteId).lean();
  // ruleid: excessive-data-exposure
  return NextResponse.json(note);
}

const putSchema = z.object({ patientId: objectId, plan: z.string().max(10000) });

// ok: missing-auth, missing-input-validation
export async function PUT(req: NextRequest, { params }: Ctx) {
  // ok: floating-auth-check
  const staff = await requireRole("clinician");
  const noteId = objectId.parse((await params).noteId);
  const body = putSchema.parse(await req.json());
  // ruleid: floating-auth-check
  assertCareTeam(staff.userId, body.patientId);
  await connectMongo();
  // ok: mass-assignment -- plan is a SOAP visit-note text field, not a subscription plan
  await VisitNote.updateOne({ _id: noteId, patient: body.patientId, locked: false }, { $set: { plan: body.plan } });
  return NextResponse.json({ ok: true });
}
