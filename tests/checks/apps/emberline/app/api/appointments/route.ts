import { NextResponse } from "next/server";
import { z } from "zod";
import { createClient } from "@/lib/supabase/server";
import { prisma } from "@/lib/db/prisma";

// ok: missing-auth, missing-input-validation
export async function GET() {
  const supabase = await createClient();
  const { data: { user } } = await supabase.auth.getUser();
  if (!user) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const rows = await prisma.appointment.findMany({
    where: { patient: { supabaseUserId: user.id } },
    select: { id: true, startsAt: true, status: true },
  });
  // ok: excessive-data-exposure
  return NextResponse.json(rows);
}

// ok: missing-auth, missing-input-validation
export async function POST(req: Request) {
  const supabase = await createClient();
  const { data: { user } } = await supabase.auth.getUser();
  if (!user) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const body = z.object({ providerId: z.string().cuid(), startsAt: z.string().datetime(), reason: z.string().max(500).optional() }).parse(await req.json());
  const patient = await prisma.patient.findUnique({ where: { supabaseUserId: user.id }, select: { id: true, practiceId: true } });
  if (!patient) return NextResponse.json({ error: "no profile" }, { status: 404 });
  const appt = await prisma.appointment.create({
    data: { patientId: patient.id, practiceId: patient.practiceId, providerId: body.providerId, startsAt: new Date(body.startsAt), reason: body.reason },
    select: { id: true },
  });
  return NextResponse.json(appt, { status: 201 });
}
