import { NextResponse } from "next/server";
import { verifySession } from "@/lib/dal";
import { connectMongo } from "@/lib/db/mongo";
import { PatientDocument } from "@/lib/models/Document";
import { objectId } from "@/lib/validation/schemas";

// ok: missing-auth, missing-input-validation
export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  // ok: floating-auth-check
  const { userId, role } = await verifySession();
  const parsed = objectId.safeParse((await params).id);
  if (!parsed.success) return NextResponse.json({ error: "Not found" }, { status: 404 });
  await connectMongo();
  // ok: missing-authorization
  const doc = await PatientDocument.findById(parsed.data).select("patient fileName mimeType storageKey");
  if (!doc || (role === "patient" && String(doc.patient) !== userId)) {
    return NextResponse.json({ error: "Not found" }, { status: 404 });
  }
  const file = await fetch(`${process.env.STORAGE_URL}/${doc.storageKey}`, {
    headers: { Authorization: `Bearer ${process.env.STORAGE_TOKEN}` },
  });
  return new NextResponse(file.body, {
    headers: { "Content-Type": doc.mimeType, "Content-Disposition": `attachment; filename="${encodeURIComponent(doc.fileName)}"` },
  });
}
