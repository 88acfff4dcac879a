import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { prisma } from "@/lib/db";
import { authenticateApiKey } from "@/lib/api-keys";

// ok: missing-auth
export async function GET(req: NextRequest) {
  const principal = await authenticateApiKey(req);
  if (!principal?.scopes.includes("members:read")) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const members = await prisma.member.findMany({
    where: { coopId: principal.coopId },
    select: { id: true, memberNo: true, fullName: true, status: true },
    take: 200,
  });
  // ok: excessive-data-exposure
  return NextResponse.json({ data: members });
}

const memberInput = z.object({ memberNo: z.string().min(1), fullName: z.string().min(2), phone: z.string().regex(/^\+[0-9]{9,15}$/), nationalId: z.string().min(5) });

// ok: missing-auth, missing-input-validation
export async function POST(req: NextRequest) {
  const principal = await authenticateApiKey(req);
  if (!principal?.scopes.includes("members:write")) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const parsed = memberInput.safeParse(await req.json());
  // ok: information-disclosure
  if (!parsed.success) return NextResponse.json({ error: "invalid body", issues: parsed.error.flatten() }, { status: 422 });
  // ok: mass-assignment
  const created = await prisma.member.create({ data: { ...parsed.data, coopId: principal.coopId }, select: { id: true } });
  return NextResponse.json({ id: created.id }, { status: 201 });
}
