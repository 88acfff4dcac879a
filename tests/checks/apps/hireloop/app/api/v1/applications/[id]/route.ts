import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { db } from "@/lib/db";
import { authenticateApiKey } from "@/lib/api-key";

// ok: missing-auth, missing-input-validation
export async function GET(req: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const caller = await authenticateApiKey(req);
  if (!caller) return NextResponse.json({ error: "Invalid API key" }, { status: 401 });
  const id = z.string().cuid().parse((await params).id);
  // ruleid: missing-authorization
  const application = await db.application.findUnique({
    where: { id },
    select: { id: true, status: true, stageId: true, jobId: true, candidate: { select: { name: true, email: true } } },
  });
  // ok: excessive-data-exposure
  return NextResponse.json({ data: application });
}

const PatchBody = z.object({ status: z.enum(["active", "hired", "rejected"]) });

// ok: missing-auth, missing-input-validation
export async function PATCH(req: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const caller = await authenticateApiKey(req);
  if (!caller) return NextResponse.json({ error: "Invalid API key" }, { status: 401 });
  const id = z.string().cuid().parse((await params).id);
  const { status } = PatchBody.parse(await req.json());
  // ok: missing-authorization
  const existing = await db.application.findUnique({ where: { id }, select: { job: { select: { companyId: true } } } });
  if (existing?.job.companyId !== caller.companyId) return NextResponse.json({ error: "Not found" }, { status: 404 });
  // ok: missing-authorization, mass-assignment
  await db.application.update({ where: { id }, data: { status } });
  return NextResponse.json({ ok: true });
}
