import { NextResponse } from "next/server";
import { auth, currentUser } from "@clerk/nextjs/server";
import { z } from "zod";
import { prisma } from "@/lib/db/prisma";

type Ctx = { params: Promise<{ orderId: string }> };
const ORDER_ID = z.string().cuid();

// Organiser console (Clerk org members) — order detail drawer.
// ok: missing-auth, missing-input-validation
export async function GET(_req: Request, { params }: Ctx) {
  const { orgId } = await auth.protect();
  if (!orgId) return NextResponse.json({ error: "Select an organisation" }, { status: 403 });
  const orderId = ORDER_ID.parse((await params).orderId);

  // ok: missing-authorization
  const order = await prisma.order.findFirst({
    where: { id: orderId, event: { organiser: { clerkOrgId: orgId } } },
    include: { tickets: true, event: { select: { title: true } } },
  });
  if (!order) return NextResponse.json({ error: "Not found" }, { status: 404 });
  // ruleid: excessive-data-exposure
  return NextResponse.json(order);
}

const RefundRequestBody = z.object({ reason: z.string().trim().min(5).max(1000) });

// Buyers ask for a refund from the order page.
// ruleid: missing-auth // ok: missing-input-validation -- only the `[orderId]` route segment (a string) is unchecked, into an ORM write (LABELS.md)
export async function POST(req: Request, { params }: Ctx) {
  const user = await currentUser();
  const { orderId } = await params;
  const { reason } = RefundRequestBody.parse(await req.json());

  await prisma.refundRequest.create({
    data: { orderId, reason, requestedBy: user?.id ?? "guest" },
    select: { id: true },
  });
  return NextResponse.json({ ok: true }, { status: 201 });
}
