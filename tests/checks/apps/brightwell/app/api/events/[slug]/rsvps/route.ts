import { NextResponse } from "next/server";
import { getServerSession } from "next-auth";
import { authOptions } from "@/lib/auth/options";
import { requireSchoolStaff } from "@/lib/auth/staff";
import { db } from "@/lib/db";

// ok: missing-auth, missing-input-validation
export async function GET(_req: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const { schoolId } = await requireSchoolStaff();
  // ok: missing-authorization
  const event = await db.event.findFirst({ where: { slug, schoolId }, select: { id: true } });
  if (!event) return NextResponse.json({ error: "Not found" }, { status: 404 });
  const rsvps = await db.rsvp.findMany({ where: { eventId: event.id } });
  // ruleid: excessive-data-exposure
  return NextResponse.json(rsvps);
}

// CSV download for the front office.
// ok: missing-input-validation
// ruleid: missing-auth
export async function POST(_req: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const session = await getServerSession(authOptions);
  console.log("rsvp export by", session?.user?.email);
  const rows = await db.rsvp.findMany({ where: { event: { slug } }, select: { name: true, email: true, phone: true, guests: true } });
  const csv = ["name,email,phone,guests", ...rows.map((r) => `${r.name},${r.email},${r.phone ?? ""},${r.guests}`)].join("\n");
  return new NextResponse(csv, { headers: { "content-type": "text/csv" } });
}

// ok: missing-auth, missing-input-validation
export async function DELETE(req: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const { schoolId } = await requireSchoolStaff(["coordinator", "pta_admin"]);
  const rsvpId = new URL(req.url).searchParams.get("rsvpId");
  if (!rsvpId || !/^c[a-z0-9]{24}$/.test(rsvpId)) return NextResponse.json({ error: "Bad id" }, { status: 400 });
  // ok: missing-authorization
  await db.rsvp.deleteMany({ where: { id: rsvpId, event: { slug, schoolId } } });
  return NextResponse.json({ ok: true });
}
