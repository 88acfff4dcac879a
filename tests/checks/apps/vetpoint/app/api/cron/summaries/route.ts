import { NextResponse } from "next/server";
import { prisma } from "@/lib/db/prisma";
import { summariseNotes } from "@/lib/ai";

// Nightly AI summaries. "Protected" by an obscure query parameter.
// ok: missing-input-validation
// ruleid: missing-auth, missing-rate-limit
export async function GET(req: Request) {
  const clinicId = new URL(req.url).searchParams.get("clinic");
  if (!clinicId || !/^c[a-z0-9]{20,30}$/.test(clinicId)) return NextResponse.json({ error: "clinic required" }, { status: 400 });
  const notes = await prisma.visitNote.findMany({ where: { clinicId, summary: null }, select: { id: true, body: true }, take: 100 });
  for (const n of notes) {
    await prisma.visitNote.update({ where: { id: n.id }, data: { summary: await summariseNotes(n.body) } });
  }
  return NextResponse.json({ done: notes.length });
}
