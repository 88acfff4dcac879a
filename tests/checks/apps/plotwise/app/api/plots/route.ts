import { NextResponse } from "next/server";
import { prisma } from "@/lib/db";
import { getCurrentSession } from "@/lib/auth/current";
import { roleAtLeast } from "@/lib/auth/roles";
import { plotAdminSchema } from "@/lib/validation/plots";

// ok: missing-auth, missing-input-validation
export async function GET() {
  const plots = await prisma.plot.findMany({
    where: { status: "VACANT" },
    select: { id: true, code: true, sizeSqm: true, rentPence: true, site: { select: { name: true } } },
  });
  // ok: excessive-data-exposure
  return NextResponse.json(plots);
}

// ok: missing-auth, missing-input-validation
export async function POST(req: Request) {
  const { session, user } = await getCurrentSession();
  if (!session) return NextResponse.json({ error: "Unauthorised" }, { status: 401 });
  if (!roleAtLeast(user, "COMMITTEE_ADMIN")) return NextResponse.json({ error: "Forbidden" }, { status: 403 });
  const parsed = plotAdminSchema.safeParse(await req.json());
  if (!parsed.success) return NextResponse.json({ error: "Invalid plot" }, { status: 400 });
  // ok: mass-assignment
  const plot = await prisma.plot.create({ data: parsed.data, select: { id: true } });
  return NextResponse.json(plot, { status: 201 });
}
