import { NextResponse } from "next/server";
import { and, eq } from "drizzle-orm";
import { db, documents } from "@/lib/db";
import { getOptionalTenant } from "@/lib/tenant";
import { idParam } from "@/lib/validators";

// ok: missing-auth, missing-input-validation
export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const tenant = await getOptionalTenant();
  if (!tenant) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const id = idParam.parse((await params).id);
  // ok: missing-authorization
  const docs = await db.select().from(documents).where(and(eq(documents.declarationId, id), eq(documents.importerId, tenant.orgId)));
  // ok: excessive-data-exposure
  return NextResponse.json({ data: docs.map((d) => ({ id: d.id, fileName: d.fileName, createdAt: d.createdAt })) });
}
