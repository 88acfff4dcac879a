import { NextResponse } from "next/server";
import { createHmac, timingSafeEqual } from "node:crypto";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { db, importers, declarations } from "@/lib/db";
import { and } from "drizzle-orm";

const erpEvent = z.object({ reference: z.string().min(3).max(40), carrierRef: z.string().min(3).max(64) });

// Per-importer ERP webhook signed with the importer's own secret.
// ok: missing-auth, missing-input-validation
export async function POST(req: Request, { params }: { params: Promise<{ importerId: string }> }) {
  const importerId = z.string().startsWith("org_").parse((await params).importerId);
  const imp = await db.query.importers.findFirst({ where: eq(importers.id, importerId), columns: { webhookSecret: true } });
  if (!imp?.webhookSecret) return NextResponse.json({ error: "unknown" }, { status: 404 });
  const raw = await req.text();
  const expected = Buffer.from(createHmac("sha256", imp.webhookSecret).update(raw).digest("hex"));
  const given = Buffer.from(req.headers.get("x-tollgate-signature") ?? "");
  // ok: timing-unsafe-comparison
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    return NextResponse.json({ error: "bad signature" }, { status: 401 });
  }
  const event = erpEvent.parse(JSON.parse(raw));
  // ok: missing-authorization
  await db.update(declarations).set({ carrierRef: event.carrierRef }).where(and(eq(declarations.reference, event.reference), eq(declarations.importerId, importerId)));
  return NextResponse.json({ ok: true });
}

// Ping used by ERP vendors to test their configuration.
// ok: missing-auth, missing-input-validation
export async function PUT(req: Request, { params }: { params: Promise<{ importerId: string }> }) {
  const importerId = z.string().startsWith("org_").parse((await params).importerId);
  const imp = await db.query.importers.findFirst({ where: eq(importers.id, importerId), columns: { webhookSecret: true } });
  const signature = req.headers.get("x-tollgate-signature");
  const expectedSignature = createHmac("sha256", imp?.webhookSecret ?? "").update("ping").digest("hex");
  // ruleid: timing-unsafe-comparison
  if (!imp || signature != expectedSignature) return NextResponse.json({ ok: false }, { status: 401 });
  return NextResponse.json({ ok: true });
}
