import { NextResponse } from "next/server";
import { verifyApiKey } from "@/lib/api-keys";
import { prisma } from "@/lib/db/prisma";

// ok: missing-auth, missing-input-validation
export async function GET(req: Request) {
  const principal = await verifyApiKey(req, "pets:read");
  if (!principal) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const url = new URL(req.url);
  const cursor = url.searchParams.get("cursor");
  if (cursor !== null && !/^[a-z0-9]{20,30}$/.test(cursor)) return NextResponse.json({ error: "bad cursor" }, { status: 400 });
  const bookings = await prisma.booking.findMany({ where: { agencyId: principal.agencyId }, select: { petId: true }, distinct: ["petId"], take: 200 });
  // ok: missing-authorization
  const pets = await prisma.pet.findMany({
    where: { id: { in: bookings.map((b) => b.petId) } },
    select: { id: true, name: true, species: true, breed: true },
    ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
    take: 100,
  });
  // ok: excessive-data-exposure
  return NextResponse.json({ data: pets });
}
