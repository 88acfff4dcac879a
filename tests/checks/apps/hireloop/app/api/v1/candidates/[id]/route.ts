import { NextResponse } from "next/server";
import { z } from "zod";
import { db } from "@/lib/db";
import { authenticateApiKey } from "@/lib/api-key";
import { auditLog } from "@/lib/audit";

type Ctx = { params: Promise<{ id: string }> };
const Id = z.string().cuid();

// ok: missing-auth, missing-input-validation
export async function GET(req: Request, { params }: Ctx) {
  const caller = await authenticateApiKey(req);
  if (!caller) return NextResponse.json({ error: "Invalid API key" }, { status: 401 });
  const id = Id.parse((await params).id);
  // ok: missing-authorization
  const candidate = await db.candidate.findFirst({ where: { id, companyId: caller.companyId } });
  if (!candidate) return NextResponse.json({ error: "Not found" }, { status: 404 });
  // ruleid: excessive-data-exposure
  return NextResponse.json({ data: candidate });
}

// ruleid: missing-input-validation
export async function PATCH(req: Request, { params }: Ctx) {
  const caller = await authenticateApiKey(req);
  if (!caller) return NextResponse.json({ error: "Invalid API key" }, { status: 401 });
  const { id } = await params;
  const body = await req.json();
  // ok: missing-authorization
  const result = await db.candidate.updateMany({
    where: { id, companyId: caller.companyId },
    // ruleid: mass-assignment
    data: body,
  });
  // ok: excessive-data-exposure
  return NextResponse.json({ updated: result.count });
}

// ok: missing-auth, missing-input-validation
export async function DELETE(req: Request, { params }: Ctx) {
  const caller = await authenticateApiKey(req);
  if (!caller) return NextResponse.json({ error: "Invalid API key" }, { status: 401 });
  const id = Id.parse((await params).id);
  try {
    // ok: missing-authorization
    await db.candidate.delete({ where: { id, companyId: caller.companyId } });
    await auditLog({ action: "api.candidate_deleted", companyId: caller.companyId, target: id, meta: { keyId: caller.keyId } });
    return new NextResponse(null, { status: 204 });
  } catch (err) {
    console.error(err);
    // ok: information-disclosure
    return NextResponse.json({ error: "Candidate could not be deleted" }, { status: 409 });
  }
}
