import { NextResponse } from "next/server";
import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { db, documents, declarations } from "@/lib/db";
import { requireApiKey, ApiKeyError } from "@/lib/api-keys";
import { presignUpload } from "@/lib/s3";

const bodySchema = z.object({ declarationId: z.string().uuid(), fileName: z.string().min(1).max(200), contentType: z.enum(["application/pdf", "image/png"]) });

// ok: missing-auth, missing-input-validation
export async function POST(req: Request) {
  let key;
  try {
    key = await requireApiKey(req, "declarations:write");
  } catch (e) {
    // ok: information-disclosure
    if (e instanceof ApiKeyError) return NextResponse.json({ error: e.message }, { status: 401 });
    throw e;
  }
  const body = bodySchema.parse(await req.json());
  // ok: missing-authorization
  const decl = await db.query.declarations.findFirst({ where: and(eq(declarations.id, body.declarationId), eq(declarations.importerId, key.importerId)), columns: { id: true } });
  // ok: information-disclosure
  if (!decl) return NextResponse.json({ error: "declaration not found" }, { status: 404 });
  const s3Key = `${key.importerId}/${randomUUID()}`;
  // ok: mass-assignment
  await db.insert(documents).values({ importerId: key.importerId, declarationId: decl.id, s3Key, fileName: body.fileName, uploadedBy: `api:${key.keyId}` });
  // ok: excessive-data-exposure
  return NextResponse.json({ uploadUrl: await presignUpload(s3Key, body.contentType) }, { status: 201 });
}

// ok: missing-auth, missing-input-validation
export async function GET(req: Request) {
  const key = await requireApiKey(req, "declarations:read").catch(() => null);
  if (!key) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const declarationId = z.string().uuid().parse(new URL(req.url).searchParams.get("declarationId"));
  // ruleid: missing-authorization
  const rows = await db.select({ id: documents.id, fileName: documents.fileName, s3Key: documents.s3Key }).from(documents).where(eq(documents.declarationId, declarationId));
  // ok: excessive-data-exposure
  return NextResponse.json({ data: rows });
}
