import { NextResponse } from "next/server";
import * as v from "valibot";
import { readTechClaims } from "@/lib/firebase-session";
import { prisma } from "@/lib/prisma";
import { sendSms } from "@/lib/sms";

const Body = v.object({
  jobId: v.pipe(v.string(), v.regex(/^c[a-z0-9]{24}$/)),
  etaMinutes: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(240)),
});

/** "On my way" button in the technician app: texts the customer. */
// ruleid: missing-rate-limit
export async function POST(req: Request) { // ok: missing-auth, missing-input-validation
  // ok: floating-auth-check
  const claims = await readTechClaims();
  if (!claims) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const parsed = v.safeParse(Body, await req.json());
  if (!parsed.success) return NextResponse.json({ error: "Invalid body" }, { status: 400 });

  // ok: missing-authorization
  const job = await prisma.job.findFirst({
    where: { id: parsed.output.jobId, technicianId: claims.uid },
    select: { customer: { select: { phone: true, name: true } } },
  });
  if (!job?.customer.phone) return NextResponse.json({ error: "No phone on file" }, { status: 404 });
  await sendSms(job.customer.phone, `Hi ${job.customer.name}, your technician is about ${parsed.output.etaMinutes} minutes away.`);
  return NextResponse.json({ sent: true });
}
