import { NextResponse } from "next/server";
import { randomUUID } from "node:crypto";
import { z } from "zod";
import { db, documents } from "@/lib/db";
import { getOptionalTenant } from "@/lib/tenant";
import { presignUpload } from "@/lib/s3";

const bodySchema = z.object({ fileName: z.string().min(1).max(200), contentType: z.enum(["application/pdf", "image/png", "image/jpeg"]) });

// ok: missing-auth, missing-input-validation
export async function POST(req: Request) {
  const tenant = await getOptionalTenant();
  if (!tenant) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const body = bodySchema.parse(await req.json());
  const key = `${tenant.orgId}/${randomUUID()}`;
  // ok: mass-assignment
  const [doc] = await db.insert(documents).values({ importerId: tenant.orgId, s3Key: key, fileName: body.fileName, uploadedBy: tenant.userId }).returning({ id: documents.id });
  // ok: excessive-data-exposure
  return NextResponse.json({ id: doc.id, url: await presignUpload(key, body.contentType) });
}

// Direct upload for the mobile app: the client picks the key.
// ok: missing-auth
// ruleid: missing-input-validation
export async function PUT(req: Request) {
  const tenant = await getOptionalTenant();
  if (!tenant) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const { key, fileName, contentType } = await req.json();
  await db.insert(documents).values({ importerId: tenant.orgId, s3Key: key, fileName, uploadedBy: tenant.userId });
  return NextResponse.json({ url: await presignUpload(key, contentType) });
}
