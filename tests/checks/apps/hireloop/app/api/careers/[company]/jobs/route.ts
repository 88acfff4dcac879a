import { NextResponse } from "next/server";
import { db } from "@/lib/db";

// ok: missing-auth
export async function GET(_req: Request, { params }: { params: Promise<{ company: string }> }) {
  const { company } = await params;
  if (!/^[a-z0-9-]{1,40}$/.test(company)) return NextResponse.json({ jobs: [] }, { status: 404 });
  const jobs = await db.job.findMany({
    where: { status: "published", company: { slug: company, suspendedAt: null } },
    orderBy: { title: "asc" },
  });
  // whole Job rows: includes internalNotes and hiringManagerId
  // ruleid: excessive-data-exposure
  return NextResponse.json({ jobs });
}
