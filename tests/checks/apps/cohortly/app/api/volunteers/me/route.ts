import { NextResponse } from "next/server";
import { z } from "zod";
import { headers } from "next/headers";
import { prisma } from "@/lib/db/prisma";
import { auth } from "@/lib/auth/volunteer";
import { volunteerProfileSchema } from "@/lib/validators";

// ok: missing-auth, missing-input-validation
export async function GET() {
  const session = await auth.api.getSession({ headers: await headers() });
  if (!session) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  // ok: missing-authorization
  const me = await prisma.volunteer.findUnique({ where: { id: session.user.id }, include: { stipends: true } });
  // ruleid: excessive-data-exposure
  return NextResponse.json(me);
}

// ok: missing-auth, missing-input-validation
export async function PATCH(req: Request) {
  const session = await auth.api.getSession({ headers: await headers() });
  if (!session) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const parsed = volunteerProfileSchema.partial().safeParse(await req.json());
  if (!parsed.success) return NextResponse.json({ error: "Invalid" }, { status: 422 });
  // ok: missing-authorization, mass-assignment
  const me = await prisma.volunteer.update({ where: { id: session.user.id }, data: parsed.data, select: { name: true, phone: true, postcode: true } });
  // ok: excessive-data-exposure
  return NextResponse.json(me);
}

// ok: missing-input-validation
// ruleid: missing-auth
export async function PUT(req: Request) {
  const session = await auth.api.getSession({ headers: await headers() });
  const parsed = volunteerProfileSchema.partial().extend({ volunteerId: z.string().optional() }).safeParse(await req.json());
  if (!parsed.success) return NextResponse.json({ error: "Invalid" }, { status: 422 });
  const { volunteerId, ...data } = parsed.data;
  await prisma.volunteer.update({ where: { id: session?.user.id ?? volunteerId }, data });
  return NextResponse.json({ ok: true });
}
