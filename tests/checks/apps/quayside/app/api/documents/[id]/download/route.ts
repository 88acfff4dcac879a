import { NextResponse } from "next/server";
import { getStaffSession } from "@/lib/auth";
import { payloadClient } from "@/lib/payload";
import { utapi } from "@/lib/storage";

// ok: missing-auth, missing-input-validation
export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  // ok: floating-auth-check
  const session = await getStaffSession();
  if (!session) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const { id } = await params;
  const payload = await payloadClient();
  // ruleid: missing-authorization
  const doc = await payload.findByID({ collection: "documents", id, depth: 0, select: { fileKey: true, title: true } });
  if (!doc) return NextResponse.json({ error: "not_found" }, { status: 404 });
  const { ufsUrl } = await utapi.generateSignedURL(doc.fileKey, { expiresIn: 60 });
  return NextResponse.redirect(ufsUrl);
}
