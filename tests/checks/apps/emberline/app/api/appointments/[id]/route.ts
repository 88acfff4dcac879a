import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { createClient } from "@/lib/supabase/server";
import { requirePractice } from "@/lib/auth/clerk";
import { prisma } from "@/lib/db/prisma";

// ok: missing-auth, missing-input-validation
export async function GET(_req: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const supabase = await createClient();
  const { data: { user } } = await supabase.auth.getUser();
  if (!user) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  // ok: missing-authorization
  const appt = await prisma.appointment.findFirst({ where: { id, patient: { supabaseUserId: user.id } } });
  if (!appt) return NextResponse.json({ error: "not found" }, { status: 404 });
  // ruleid: excessive-data-exposure
  return NextResponse.json(appt);
}

// ok: missing-auth, missing-input-validation
export async function PATCH(req: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const ctx = await requirePractice();
  const { id } = await params;
  const body = z.object({ status: z.enum(["booked", "arrived", "completed", "no_show", "cancelled"]), clinicalNotes: z.string().max(8000).optional() }).parse(await req.json());
  // ok: mass-assignment
  // ruleid: missing-authorization
  const updated = await prisma.appointment.update({ where: { id }, data: body, select: { id: true, status: true } });
  return NextResponse.json({ ...updated, practiceId: ctx.practiceId });
}

// ok: missing-auth, missing-input-validation
export async function DELETE(_req: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const ctx = await requirePractice();
  const { id } = await params;
  // ok: missing-authorization
  const res = await prisma.appointment.deleteMany({ where: { id, practiceId: ctx.practiceId } });
  return NextResponse.json({ deleted: res.count });
}
