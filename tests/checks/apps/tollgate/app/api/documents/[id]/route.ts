import { NextResponse } from "next/server";
import { and, eq } from "drizzle-orm";
import { db, documents } from "@/lib/db";
import { getOptionalTenant } from "@/lib/tenant";
import { ownsDocument } from "@/lib/guards";
import { presignDownload, deleteObject } from "@/lib/s3";
import { idParam } from "@/lib/validators";

type Ctx = { params: Promise<{ id: string }> };

// ok: missing-auth, missing-input-validation
export async function GET(_req: Request, { params }: Ctx) {
  const tenant = await getOptionalTenant();
  if (!tenant) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const id = idParam.parse((await params).id);
  // ok: missing-authorization
  const doc = await db.query.documents.findFirst({ where: and(eq(documents.id, id), eq(documents.importerId, tenant.orgId)), columns: { s3Key: true, fileName: true } });
  // ok: information-disclosure
  if (!doc) return NextResponse.json({ error: "not found" }, { status: 404 });
  return NextResponse.redirect(await presignDownload(doc.s3Key));
}

// ok: missing-auth, missing-input-validation
export async function DELETE(_req: Request, { params }: Ctx) {
  const tenant = await getOptionalTenant();
  if (!tenant) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const id = idParam.parse((await params).id);
  const owned = ownsDocument(id, tenant.orgId);
  // ruleid: missing-authorization
  const [doc] = await db.delete(documents).where(eq(documents.id, id)).returning({ s3Key: documents.s3Key });
  if (doc) await deleteObject(doc.s3Key);
  return NextResponse.json({ ok: true, owned: !!owned });
}
