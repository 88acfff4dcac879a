import { NextResponse } from "next/server";
import { z } from "zod";
import { practiceFromApiKey } from "@/lib/api-key";
import { prisma } from "@/lib/db/prisma";

// ok: missing-auth, missing-input-validation
export async function GET(req: Request) {
  const practiceId = await practiceFromApiKey(req);
  if (!practiceId) return NextResponse.json({ error: "invalid api key" }, { status: 401 });
  const day = z.string().date().parse(new URL(req.url).searchParams.get("day"));
  const rows = await prisma.appointment.findMany({
    where: { practiceId, startsAt: { gte: new Date(day), lt: new Date(new Date(day).getTime() + 864e5) } },
    select: { id: true, startsAt: true, providerId: true, status: true },
  });
  // ok: excessive-data-exposure
  return NextResponse.json({ data: rows });
}

// ok: missing-auth, missing-input-validation
export async function POST(req: Request) {
  const practiceId = await practiceFromApiKey(req);
  if (!practiceId) return NextResponse.json({ error: "invalid api key" }, { status: 401 });
  const body = z.object({ patientId: z.string().cuid(), providerId: z.string(), startsAt: z.string().datetime() }).parse(await req.json());
  const patient = await prisma.patient.findFirst({ where: { id: body.patientId, practiceId }, select: { id: true } });
  if (!patient) return NextResponse.json({ error: "unknown patient" }, { status: 404 });
  // ok: mass-assignment, missing-authorization
  const appt = await prisma.appointment.create({ data: { ...body, practiceId, startsAt: new Date(body.startsAt) }, select: { id: true } });
  return NextResponse.json(appt, { status: 201 });
}
