import { NextResponse } from "next/server";
import { z } from "zod";
import { requireSuperAdmin } from "@/lib/auth/staff";
import { db } from "@/lib/db";
import { audit } from "@/lib/audit";
import { slugify } from "@/lib/slug";

// ok: missing-auth, missing-input-validation
export async function GET() {
  await requireSuperAdmin();
  const schools = await db.school.findMany({ orderBy: { name: "asc" } });
  // ruleid: excessive-data-exposure
  return NextResponse.json(schools);
}

const createSchema = z.object({ name: z.string().min(3).max(120), district: z.string().max(80) });

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function POST(req: Request) {
  const admin = await requireSuperAdmin();
  const data = createSchema.parse(await req.json());
  // ok: mass-assignment
  const school = await db.school.create({ data: { ...data, slug: slugify(data.name), icalToken: crypto.randomUUID() }, select: { id: true, slug: true } });
  await audit.record({ actorId: admin.id, action: "district.school_created", target: school.id });
  return NextResponse.json(school, { status: 201 });
}
