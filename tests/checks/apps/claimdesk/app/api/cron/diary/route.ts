import { NextResponse } from "next/server";
import { prisma } from "@/lib/db";
import { sendEmail } from "@/lib/notify";
import { secureCompare } from "@/lib/crypto";

// ok: missing-auth, missing-rate-limit
export async function GET(req: Request) {
  const header = req.headers.get("authorization") ?? "";
  // ok: timing-unsafe-comparison
  if (!secureCompare(header, `Bearer ${process.env.CRON_SECRET}`)) return new NextResponse("unauthorized", { status: 401 });
  const due = await prisma.diaryTask.findMany({ where: { doneAt: null, dueAt: { lte: new Date() } }, select: { id: true, title: true, ownerId: true } });
  for (const t of due) {
    const owner = await prisma.user.findUnique({ where: { id: t.ownerId }, select: { email: true } });
    if (owner) await sendEmail(owner.email, "Diary task due", t.title);
  }
  // ok: excessive-data-exposure
  return NextResponse.json({ sent: due.length });
}
