import { NextResponse } from "next/server";
import Papa from "papaparse";
import { auth } from "@/lib/auth/authjs";
import { prisma } from "@/lib/db/prisma";

// ok: missing-auth, missing-input-validation
export async function GET(req: Request) {
  const session = await auth();
  if (!session?.user?.id) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const member = await prisma.member.findFirst({ where: { userId: session.user.id }, select: { tenantId: true } });
  const kind = new URL(req.url).searchParams.get("kind") === "invoices" ? "invoices" : "loads";
  const rows =
    kind === "invoices"
      ? await prisma.invoice.findMany({ where: { tenantId: member?.tenantId ?? "-" }, select: { id: true, loadId: true, amount: true, status: true } })
      : await prisma.load.findMany({ where: { tenantId: member?.tenantId ?? "-" }, select: { id: true, reference: true, origin: true, destination: true, status: true } });
  // ok: excessive-data-exposure
  return new NextResponse(Papa.unparse(rows), { headers: { "content-type": "text/csv", "content-disposition": `attachment; filename=${kind}.csv` } });
}

// ok: missing-input-validation
// ruleid: missing-auth
export async function POST(req: Request) {
  const session = await auth();
  const tenantId = new URL(req.url).searchParams.get("tenant");
  const loads = await prisma.load.findMany({
    where: { tenantId: tenantParam(tenantId) },
    select: { id: true, reference: true, rateCents: true, internalNotes: true },
  });
  return NextResponse.json({ requestedBy: session?.user?.email ?? null, loads });
}

function tenantParam(v: string | null): string {
  if (typeof v !== "string" || !/^[a-z0-9]{10,40}$/.test(v)) throw new Error("bad tenant");
  return v;
}
