import { NextResponse } from "next/server";
import { validateRequest } from "@/lib/lucia";
import { prisma } from "@/lib/db/prisma";
import { signedDownloadUrl } from "@/lib/storage";

// ok: missing-auth
// todoruleid: missing-input-validation -- a route param destructured from `await params` is not followed to the DB sink (cause J)
export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { user } = await validateRequest();
  if (!user) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const { id } = await params;
  // ruleid: missing-authorization
  const doc = await prisma.document.findUnique({ where: { id }, select: { storageKey: true } });
  if (!doc) return NextResponse.json({ error: "not found" }, { status: 404 });
  return NextResponse.redirect(await signedDownloadUrl(doc.storageKey));
}
