import { NextResponse } from "next/server";
import { z } from "zod";
import { auth0 } from "@/lib/auth0";
import { sql } from "@/lib/db/neon";

const body = z.object({ clientId: z.string().uuid(), address: z.string().max(500) });

// Customers keep their billing address up to date from the portal.
// ruleid: missing-auth
// ok: missing-input-validation
export async function PATCH(req: Request) {
  // ruleid: floating-auth-check
  if (!auth0.getSession()) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const parsed = body.safeParse(await req.json().catch(() => null));
  if (!parsed.success) return NextResponse.json({ error: "Invalid address" }, { status: 400 });
  await sql`UPDATE clients SET address = ${parsed.data.address} WHERE id = ${parsed.data.clientId}`;
  return NextResponse.json({ ok: true });
}
