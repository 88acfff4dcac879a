import { NextResponse } from "next/server";
import { prisma } from "@/lib/db/prisma";
import { sql } from "@/lib/db/pg";

// Public job board feed (no auth by design).
// ok: missing-auth, missing-input-validation
export async function GET(req: Request) {
  const agency = new URL(req.url).searchParams.get("agency") ?? "";
  if (!/^[a-z0-9-]{2,40}$/.test(agency)) return NextResponse.json({ error: "bad agency" }, { status: 400 });
  const a = await prisma.agency.findUnique({ where: { slug: agency }, select: { id: true, name: true } });
  if (!a) return NextResponse.json([]);
  // ok: sql-injection
  const jobs = await sql`SELECT id, title, city, pay_range FROM job_postings WHERE agency_id = ${a.id} AND published = true`;
  // ok: excessive-data-exposure
  return NextResponse.json({ agency: a.name, jobs: jobs.map((j) => ({ id: j.id, title: j.title, city: j.city, pay: j.pay_range })) });
}
