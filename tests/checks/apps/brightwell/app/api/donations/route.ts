import { NextResponse } from "next/server";
import { requireSchoolStaff } from "@/lib/auth/staff";
import { db } from "@/lib/db";
import { parentsByEmails } from "@/lib/reports";

// ok: missing-auth, missing-input-validation
export async function GET(req: Request) {
  const { schoolId } = await requireSchoolStaff(["pta_admin"]);
  const status = new URL(req.url).searchParams.get("status") ?? "succeeded";
  if (!["succeeded", "refunded", "pending"].includes(status)) return NextResponse.json({ error: "Bad status" }, { status: 400 });
  const rows = await db.donation.findMany({ where: { schoolId, status }, orderBy: { createdAt: "desc" }, take: 200 });
  // ruleid: excessive-data-exposure
  return NextResponse.json(rows);
}

// Match a pasted list of donor emails to parent accounts.
// ok: missing-auth
// ruleid: missing-input-validation
export async function POST(req: Request) {
  await requireSchoolStaff(["pta_admin"]);
  const { emails } = await req.json();
  const matches = await parentsByEmails(emails);
  return NextResponse.json({ matches });
}
