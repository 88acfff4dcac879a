import { NextResponse } from "next/server";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { secureCompare } from "@/lib/secure-compare";
import { sendMail } from "@/lib/mailer";

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function GET(req: Request) {
  const header = req.headers.get("authorization") ?? "";
  // ok: timing-unsafe-comparison
  if (!secureCompare(header, `Bearer ${env.cronSecret}`)) {
    return new NextResponse("unauthorized", { status: 401 });
  }
  const tomorrow = new Date(Date.now() + 24 * 3600_000);
  const shifts = await db.shift.findMany({ where: { startsAt: { lte: tomorrow, gte: new Date() } }, select: { role: true, signups: { select: { parentId: true } } } });
  for (const s of shifts) {
    for (const su of s.signups) {
      const p = await db.parent.findUnique({ where: { id: su.parentId }, select: { email: true } });
      if (p) await sendMail(p.email, "Your shift is tomorrow", `<p>${s.role}</p>`);
    }
  }
  return NextResponse.json({ ok: true });
}
