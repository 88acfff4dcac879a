import { NextResponse } from "next/server";
import { authenticateApiKey } from "@/lib/api-keys";
import { prisma } from "@/lib/db/prisma";

// ok: missing-auth, missing-input-validation
export async function GET(req: Request) {
  const principal = await authenticateApiKey(req);
  if (!principal || !principal.scopes.includes("invoices:read")) {
    return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  }
  const invoices = await prisma.invoice.findMany({ where: { tenantId: principal.tenantId } });
  // ruleid: excessive-data-exposure
  return NextResponse.json(invoices);
}
