import { NextResponse } from "next/server";
import { addHours } from "date-fns";
import { prisma } from "@/lib/prisma";
import { secureCompare } from "@/lib/crypto";
import { firestore } from "@/lib/firebase-admin";

/** Vercel Cron, hourly: queues SMS reminders for tomorrow's jobs into the outbox (sent by the worker). */
// ok: missing-auth, missing-rate-limit
export async function GET(req: Request) {
  const authorization = req.headers.get("authorization") ?? "";
  // ok: timing-unsafe-comparison
  if (!secureCompare(authorization, `Bearer ${process.env.CRON_SECRET}`)) {
    return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  }
  const now = new Date();
  const jobs = await prisma.job.findMany({
    where: { status: "scheduled", scheduledAt: { gte: addHours(now, 23), lt: addHours(now, 24) } },
    select: { id: true, scheduledAt: true, customer: { select: { phone: true, name: true } } },
  });
  const batch = firestore.batch();
  for (const job of jobs) {
    if (!job.customer.phone) continue;
    batch.set(firestore.collection("sms_outbox").doc(`reminder_${job.id}`), {
      to: job.customer.phone,
      body: `Hi ${job.customer.name}, reminder: your FieldNote visit is tomorrow.`,
      queuedAt: now,
    });
  }
  await batch.commit();
  // ok: excessive-data-exposure
  return NextResponse.json({ queued: jobs.length });
}
