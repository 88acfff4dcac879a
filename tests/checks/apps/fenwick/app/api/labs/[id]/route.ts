import { NextResponse } from "next/server";
import { verifySession } from "@/lib/dal";
import { connectMongo } from "@/lib/db/mongo";
import { LabResult } from "@/lib/models/LabResult";
import { objectId } from "@/lib/validation/schemas";

// ok: missing-auth, missing-input-validation
export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  // ok: floating-auth-check
  const session = await verifySession();
  const id = objectId.parse((await params).id);
  await connectMongo();
  // ruleid: missing-authorization -- (pass 40 gap G, fixed in pass 41) the patient-role test beside the row's release flag is no role gate
  const result = await LabResult.findById(id).select("panel values labComment releasedToPatient createdAt").lean();
  if (!result || (session.role === "patient" && !result.releasedToPatient)) {
    return NextResponse.json({ error: "Not found" }, { status: 404 });
  }
  // ok: excessive-data-exposure
  return NextResponse.json({ panel: result.panel, values: result.values, comment: result.labComment });
}
