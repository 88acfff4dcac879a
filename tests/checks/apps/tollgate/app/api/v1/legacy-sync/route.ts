import { NextResponse } from "next/server";
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { db, declarations } from "@/lib/db";
import { isLegacyKey } from "@/lib/api-keys";

const LEGACY_IMPORTER = process.env.LEGACY_IMPORTER_ID ?? "org_legacy";

// ok: missing-auth, missing-input-validation
export async function POST(req: Request) {
  const provided = req.headers.get("x-api-key") ?? "";
  if (!isLegacyKey(provided)) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const body = z.object({ reference: z.string().min(3), status: z.enum(["cleared", "held"]) }).parse(await req.json());
  // ok: missing-authorization
  await db.update(declarations).set({ status: body.status }).where(and(eq(declarations.reference, body.reference), eq(declarations.importerId, LEGACY_IMPORTER)));
  return NextResponse.json({ ok: true });
}
