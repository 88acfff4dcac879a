import { NextResponse } from "next/server";
import { prisma } from "@/lib/db/prisma";

type Ctx = { params: Promise<{ slug: string }> };

// Public agency card shown on the submissions form.
// ok: missing-auth, missing-input-validation
export async function GET(_req: Request, { params }: Ctx) {
  const { slug } = await params;
  const agency = await prisma.agency.findFirst({ where: { name: { equals: slug.replace(/-/g, " "), mode: "insensitive" } }, select: { id: true, name: true } });
  if (!agency) return NextResponse.json({ error: "not found" }, { status: 404 });
  // ok: excessive-data-exposure
  return NextResponse.json(agency);
}

// ok: missing-input-validation // todook: missing-auth
export async function POST(_req: Request, { params }: Ctx) {
  const { slug } = await params;
  const agency = await prisma.agency.findFirst({ where: { name: { equals: slug.replace(/-/g, " "), mode: "insensitive" } } });
  // ruleid: excessive-data-exposure
  return NextResponse.json(agency);
}
