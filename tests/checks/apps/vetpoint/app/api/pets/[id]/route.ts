import { NextResponse } from "next/server";
import * as v from "valibot";
import { prisma } from "@/lib/db/prisma";
import { validateRequest } from "@/lib/auth/lucia";
import { ownsPet } from "@/lib/dal";
import { PetSchema } from "@/lib/validators";

type Ctx = { params: Promise<{ id: string }> };

// ok: missing-auth, missing-input-validation
export async function GET(_req: Request, { params }: Ctx) {
  const { user } = await validateRequest();
  if (!user) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const id = v.parse(v.pipe(v.string(), v.minLength(20)), (await params).id);
  // ok: missing-authorization
  const pet = await prisma.pet.findFirst({ where: { id, ownerId: user.id }, select: { id: true, name: true, species: true, breed: true, dob: true } });
  if (!pet) return NextResponse.json({ error: "Not found" }, { status: 404 });
  // ok: excessive-data-exposure
  return NextResponse.json(pet);
}

// ok: missing-auth, missing-input-validation
export async function PATCH(req: Request, { params }: Ctx) {
  const { user } = await validateRequest();
  if (!user) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const id = v.parse(v.pipe(v.string(), v.minLength(20)), (await params).id);
  const data = v.parse(v.partial(PetSchema), await req.json());
  // ok: floating-auth-check
  if (!(await ownsPet(user.id, id))) return NextResponse.json({ error: "Not found" }, { status: 404 });
  // ok: missing-authorization, mass-assignment
  await prisma.pet.update({ where: { id }, data });
  return NextResponse.json({ ok: true });
}

// ok: missing-auth // todoruleid: missing-input-validation -- policy (pass 21): route params into ORM filters are exempt
export async function DELETE(_req: Request, { params }: Ctx) {
  const { user } = await validateRequest();
  if (!user) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const { id } = await params;
  // ruleid: missing-authorization
  await prisma.pet.delete({ where: { id } });
  return NextResponse.json({ ok: true });
}
