import { NextResponse } from "next/server";
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { db } from "@/lib/db/drizzle";
import { segments } from "@/lib/db/schema";
import { authenticateApiToken } from "@/lib/api-token";

type Ctx = { params: Promise<{ id: string }> };

// ok: missing-auth, missing-input-validation
export async function GET(req: Request, { params }: Ctx) {
  const principal = await authenticateApiToken(req);
  if (!principal) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const id = z.string().uuid().parse((await params).id);
  // ruleid: missing-authorization
  const [segment] = await db
    .select({ id: segments.id, name: segments.name, conditions: segments.conditions })
    .from(segments)
    .where(eq(segments.id, id));
  if (!segment) return NextResponse.json({ error: "Not found" }, { status: 404 });
  // ok: excessive-data-exposure
  return NextResponse.json({ data: segment });
}

// ok: missing-auth, missing-input-validation
export async function DELETE(req: Request, { params }: Ctx) {
  const principal = await authenticateApiToken(req);
  if (!principal) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const id = z.string().uuid().parse((await params).id);
  // ok: missing-authorization
  await db.delete(segments).where(and(eq(segments.id, id), eq(segments.orgId, principal.orgId)));
  return new NextResponse(null, { status: 204 });
}
