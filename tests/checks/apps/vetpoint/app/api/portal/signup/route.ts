import { NextResponse } from "next/server";
import { hash } from "@node-rs/argon2";
import { prisma } from "@/lib/db/prisma";
import { OwnerSignupSchema } from "@/lib/validators";

// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export async function POST(req: Request) {
  const raw = await req.json();
  let data;
  try {
    data = await OwnerSignupSchema.validate(raw, { stripUnknown: true });
  } catch (err) {
    // ruleid: information-disclosure
    return NextResponse.json({ error: String(err) }, { status: 400 });
  }
  const exists = await prisma.owner.findUnique({ where: { email: data.email }, select: { id: true } });
  // ruleid: information-disclosure
  if (exists) return NextResponse.json({ error: "An account with this email already exists" }, { status: 409 });
  // ok: mass-assignment
  const owner = await prisma.owner.create({ data: { name: data.name, email: data.email, passwordHash: await hash(data.password) }, select: { id: true } });
  return NextResponse.json(owner, { status: 201 });
}
