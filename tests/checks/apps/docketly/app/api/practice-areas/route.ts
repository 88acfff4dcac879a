import { NextResponse } from "next/server";
import { prisma } from "@/lib/db/prisma";

// Public list for the intake form's dropdown.
// ok: missing-input-validation
// ok: missing-auth -- a distinct category column of a tenant-owned model, found by a public slug (fixed in pass 26)
export async function GET(req: Request) {
  const slug = new URL(req.url).searchParams.get("firm");
  if (typeof slug !== "string" || !/^[a-z0-9-]{2,40}$/.test(slug)) return NextResponse.json({ areas: [] });
  const matters = await prisma.matter.findMany({ where: { firm: { slug } }, distinct: ["practiceArea"], select: { practiceArea: true } });
  // ok: excessive-data-exposure
  return NextResponse.json({ areas: matters.map((m) => m.practiceArea) });
}
