import { NextResponse } from "next/server";
import { createHmac, timingSafeEqual } from "node:crypto";
import * as v from "valibot";
import { prisma } from "@/lib/prisma";

const ZapJob = v.object({
  workspaceId: v.pipe(v.string(), v.regex(/^c[a-z0-9]{24}$/)),
  customerId: v.pipe(v.string(), v.regex(/^c[a-z0-9]{24}$/)),
  title: v.pipe(v.string(), v.maxLength(140)),
});

// ok: missing-auth, missing-input-validation
export async function POST(req: Request) {
  const raw = await req.text();
  const received = Buffer.from(req.headers.get("x-fieldnote-signature") ?? "", "hex");
  const expected = createHmac("sha256", process.env.ZAPIER_SIGNING_SECRET!).update(raw).digest();
  // ok: timing-unsafe-comparison
  if (received.length !== expected.length || !timingSafeEqual(received, expected)) {
    return NextResponse.json({ error: "Invalid signature" }, { status: 401 });
  }
  const input = v.parse(ZapJob, JSON.parse(raw));
  const customer = await prisma.customer.findFirst({
    where: { id: input.customerId, workspaceId: input.workspaceId },
    select: { id: true, workspaceId: true },
  });
  if (!customer) return NextResponse.json({ error: "Unknown customer" }, { status: 404 });
  // ok: mass-assignment
  const job = await prisma.job.create({
    data: { title: input.title, customerId: customer.id, workspaceId: customer.workspaceId, createdById: "zapier" },
    select: { id: true },
  });
  return NextResponse.json({ id: job.id }, { status: 201 });
}
