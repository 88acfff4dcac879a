import { NextResponse } from "next/server";
import { authenticateApiKey } from "@/lib/api-keys";
import { prisma } from "@/lib/db";

// ok: missing-auth
// todoruleid: missing-input-validation -- route and search parameters into an ORM call are exempt (policy kept in pass 21: the literal reading found 17 labelled rows and flagged 51 ok or unlabelled ones across eight blind apps)
export async function GET(req: Request) {
  const key = await authenticateApiKey(req);
  if (!key || !key.scopes.includes("shifts:read")) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const locationId = new URL(req.url).searchParams.get("locationId") ?? undefined;
  const shifts = await prisma.shift.findMany({ where: { employerId: key.employerId, locationId } });
  // ruleid: excessive-data-exposure
  return NextResponse.json({ data: shifts });
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function POST(req: Request) {
  const key = await authenticateApiKey(req);
  if (!key || !key.scopes.includes("shifts:write")) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const body = await req.json();
  const shift = await prisma.shift.create({
    // ruleid: mass-assignment
    data: { ...body, employerId: key.employerId },
    select: { id: true },
  });
  return NextResponse.json(shift, { status: 201 });
}
