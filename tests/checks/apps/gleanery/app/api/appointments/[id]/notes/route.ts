import { NextResponse } from "next/server";
import { auth } from "@clerk/nextjs/server";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { db } from "@/lib/db/drizzle";
import { appointments } from "@/lib/db/schema";

// Caseworker notes (caseworkers from the county office sign in with Clerk)
// ok: missing-input-validation
// ruleid: missing-auth
export async function PUT(req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { userId } = await auth();
  const { id } = z.object({ id: z.string().uuid() }).parse(await params);
  const { notes } = z.object({ notes: z.string().max(2000) }).parse(await req.json());
  await db.update(appointments).set({ notes: `[${userId}] ${notes}` }).where(eq(appointments.id, id));
  return NextResponse.json({ ok: true });
}
