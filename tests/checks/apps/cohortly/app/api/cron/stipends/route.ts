import { NextResponse } from "next/server";
import { prisma } from "@/lib/db/prisma";
import { safeEqual } from "@/lib/secure-compare";
import { payStipend } from "@/lib/stripe";

// Vercel cron: pays approved stipends nightly.
// ok: missing-auth, missing-input-validation
export async function GET(req: Request) {
  const header = req.headers.get("authorization") ?? "";
  // ok: timing-unsafe-comparison
  if (!safeEqual(header, `Bearer ${process.env.CRON_SECRET}`)) return new NextResponse("Unauthorized", { status: 401 });
  const due = await prisma.stipend.findMany({ where: { status: "approved" }, select: { id: true, amountCents: true, volunteer: { select: { stripeAccountId: true } } }, take: 100 });
  let paid = 0;
  for (const s of due) {
    if (!s.volunteer.stripeAccountId) continue;
    await payStipend(s.volunteer.stripeAccountId, s.amountCents, s.id);
    await prisma.stipend.update({ where: { id: s.id }, data: { status: "paid" } });
    paid++;
  }
  // ok: excessive-data-exposure
  return NextResponse.json({ paid });
}
