import { NextResponse, type NextRequest } from "next/server";
import { prisma } from "@/lib/db/prisma";
import { pool } from "@/lib/db/pg";
import { rateLimitByIp } from "@/lib/rate-limit";

// Owners share a pet's care card with a neighbour or backup sitter, protected by a 4-digit PIN.
// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function GET(req: NextRequest, { params }: { params: Promise<{ code: string }> }) {
  await rateLimitByIp("share-pin", 10, "10 m");
  const { code } = await params;
  const pin = req.nextUrl.searchParams.get("pin") ?? "";
  if (!/^[A-Za-z0-9]{12}$/.test(code) || !/^\d{4}$/.test(pin)) return NextResponse.json({ error: "not found" }, { status: 404 });
  // ok: sql-injection
  const { rows } = await pool.query("SELECT pet_id, pin FROM pet_share_links WHERE code = $1 AND expires_at > now()", [code]);
  const link = rows[0] as { pet_id: string; pin: string } | undefined;
  // ruleid: timing-unsafe-comparison
  if (!link || link.pin !== pin) return NextResponse.json({ error: "not found" }, { status: 404 });
  const pet = await prisma.pet.findUnique({ where: { id: link.pet_id }, select: { name: true, species: true, medications: true, vetName: true, vetPhone: true } });
  // ok: excessive-data-exposure
  return NextResponse.json(pet);
}
