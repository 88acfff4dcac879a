import { NextResponse } from "next/server";
import { z } from "zod";
import { hmacSha256 } from "@/lib/crypto";
import { prisma } from "@/lib/db/prisma";

const ProcoreHook = z.object({
  resource_name: z.enum(["RFIs", "Submittals"]),
  event_type: z.enum(["create", "update"]),
  resource_id: z.number(),
  company_id: z.number(),
  project_id: z.number(),
});

// Two-way Procore sync for GCs migrating off Procore.
// ok: missing-input-validation
export async function POST(req: Request) {
  const raw = await req.text();
  const signature = req.headers.get("x-procore-signature") ?? "";
  const expected = hmacSha256(process.env.PROCORE_WEBHOOK_SECRET!, raw);
  // ruleid: timing-unsafe-comparison
  if (signature !== expected) return NextResponse.json({ error: "invalid signature" }, { status: 401 });

  try {
    const hook = ProcoreHook.parse(JSON.parse(raw));
    const mapping = await prisma.auditLog.findFirst({
      where: { action: "procore.linked", target: String(hook.company_id) },
      select: { tenantId: true },
    });
    if (!mapping?.tenantId) return NextResponse.json({ ignored: true });
    await prisma.outboxMessage.create({
      data: { channel: "procore-sync", to: mapping.tenantId, template: hook.resource_name, payload: hook },
    });
    return NextResponse.json({ queued: true });
  } catch (error) {
    // ruleid: information-disclosure -- ruling pass 34: rule 10(b) has no caller exemption; error text answered past a webhook/cron secret is reported
    return NextResponse.json({ error: "sync failed", detail: String(error) }, { status: 500 });
  }
}
