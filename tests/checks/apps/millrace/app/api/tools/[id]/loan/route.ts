import { NextResponse } from "next/server";
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { db, tools, loans } from "@/lib/db";
import { getMember } from "@/lib/auth";

// ok: missing-auth, missing-input-validation
export async function POST(req: Request, { params }: { params: Promise<{ id: string }> }) {
  const member = await getMember();
  if (!member) return NextResponse.json({ error: "Sign in" }, { status: 401 });
  const { id } = await params;
  const body = z.object({ days: z.number().int().min(1).max(14) }).parse(await req.json());
  const toolId = z.string().uuid().parse(id);
  const [tool] = await db.select({ available: tools.available }).from(tools).where(eq(tools.id, toolId));
  if (!tool?.available) return NextResponse.json({ error: "Unavailable" }, { status: 409 });
  await db.insert(loans).values({ toolId, memberId: member.id, dueAt: new Date(Date.now() + body.days * 86_400_000) });
  await db.update(tools).set({ available: false }).where(and(eq(tools.id, toolId), eq(tools.available, true))); // todook: missing-authorization -- (gap judge, pass 39: ambiguous) a member borrows a shared tool that belongs to nobody
  return NextResponse.json({ ok: true });
}
