import { NextResponse, type NextRequest } from "next/server";
import { prisma } from "@/lib/db/prisma";
import { verifyApiKey } from "@/lib/api-keys";

// ok: missing-auth
// todoruleid: missing-input-validation -- policy (pass 21): route parameters into ORM filters are exempt; the contract's wording reports them
export async function GET(req: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const key = await verifyApiKey(req, "donors:read");
  if (!key) return NextResponse.json({ error: "invalid_api_key" }, { status: 401 });
  const { id } = await params;
  // ruleid: missing-authorization
  const donor = await prisma.donor.findUnique({ where: { id } });
  if (!donor) return NextResponse.json({ error: "not_found" }, { status: 404 });
  // ruleid: excessive-data-exposure
  return NextResponse.json(donor);
}

// ruleid: missing-input-validation
// ok: missing-auth
export async function PATCH(req: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const key = await verifyApiKey(req, "donors:write");
  if (!key) return NextResponse.json({ error: "invalid_api_key" }, { status: 401 });
  const { id } = await params;
  const body = await req.json();
  // ok: missing-authorization
  const { count } = await prisma.donor.updateMany({
    where: { id, charityId: key.charityId },
    // ruleid: mass-assignment
    data: body,
  });
  // ok: excessive-data-exposure
  return NextResponse.json({ updated: count });
}
