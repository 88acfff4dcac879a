import { NextResponse } from "next/server";
import { headers } from "next/headers";
import { randomUUID } from "node:crypto";
import { z } from "zod";
import { auth } from "@/lib/auth/better-auth";
import { db, organization } from "@/lib/db";

// Operator console: list every marina.
// ok: missing-auth, missing-input-validation, missing-authorization
export async function GET() {
  const session = await auth.api.getSession({ headers: await headers() });
  if (session?.user.role !== "admin") return NextResponse.json({ error: "forbidden" }, { status: 403 });
  const rows = await db.select().from(organization);
  // ruleid: excessive-data-exposure
  return NextResponse.json(rows);
}

// ok: missing-input-validation
// ruleid: missing-auth
export async function POST(req: Request) {
  const session = await auth.api.getSession({ headers: await headers() });
  const input = z.object({ name: z.string().min(2), slug: z.string().regex(/^[a-z0-9-]+$/) }).parse(await req.json());
  const id = randomUUID();
  // ok: mass-assignment
  await db.insert(organization).values({ id, ...input, createdAt: new Date() });
  console.log("marina created by", session?.user.email);
  return NextResponse.json({ id }, { status: 201 });
}
