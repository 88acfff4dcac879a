import { NextResponse } from "next/server";
import { prisma } from "@/lib/db/prisma";
import { upsertCrmContact } from "@/lib/repos/crm";

// todoruleid: missing-input-validation -- a header-secret check makes the body count as a provider's (cause K)
export async function POST(req: Request) {
  // ruleid: timing-unsafe-comparison
  if (req.headers.get("x-crm-secret") !== process.env.CRM_WEBHOOK_SECRET) {
    return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  }
  const body = await req.json();
  await prisma.donor.update({
    where: { id: body.donorId },
    // todoruleid: mass-assignment -- a header-secret check makes the body count as a provider's (cause K)
    data: body.fields,
  });
  await upsertCrmContact(body.externalId, body.fields.email, body.fields.name);
  return NextResponse.json({ ok: true });
}
