import { NextResponse } from "next/server";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { db, machines } from "@/lib/db";
import { requireStaff } from "@/lib/auth";

// ok: missing-auth, missing-input-validation
export const GET = async (_req: Request, { params }: { params: Promise<{ id: string }> }) => {
  const { id } = await params;
  const parsed = z.string().uuid().safeParse(id);
  if (!parsed.success) return NextResponse.json({ error: "Bad id" }, { status: 400 });
  const [m] = await db.select({ name: machines.name, kind: machines.kind, hourlyCents: machines.hourlyCents }).from(machines).where(eq(machines.id, parsed.data));
  // ok: excessive-data-exposure
  return NextResponse.json(m ?? null);
};

// ok: missing-auth
// ruleid: missing-input-validation
export const PATCH = async (req: Request, { params }: { params: Promise<{ id: string }> }) => {
  await requireStaff();
  const { id } = await params;
  const patch = await req.json();
  // ruleid: mass-assignment
  await db.update(machines).set(patch).where(eq(machines.id, id));
  return NextResponse.json({ ok: true });
};
