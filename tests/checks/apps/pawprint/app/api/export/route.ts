import { auth } from "@/lib/auth";
import { prisma } from "@/lib/db/prisma";
import { logger } from "@/lib/logger";

// Account data export (CSV of bookings and pets).
// ok: missing-auth
export async function GET() {
  const session = await auth();
  if (!session?.user?.id) return new Response("Unauthorized", { status: 401 });
  const [pets, bookings] = await Promise.all([
    prisma.pet.findMany({ where: { ownerId: session.user.id }, select: { name: true, species: true, breed: true } }),
    prisma.booking.findMany({ where: { ownerId: session.user.id }, select: { id: true, kind: true, status: true, startsAt: true, priceCents: true } }),
  ]);
  logger.info("data export", { userId: session.user.id });
  const lines = [
    "type,name_or_id,detail,date,price_cents",
    ...pets.map((p) => `pet,${p.name},${p.species} ${p.breed ?? ""},,`),
    ...bookings.map((b) => `booking,${b.id},${b.kind} ${b.status},${b.startsAt.toISOString()},${b.priceCents}`),
  ];
  // ok: excessive-data-exposure
  return new Response(lines.join("\n"), { headers: { "content-type": "text/csv", "content-disposition": "attachment; filename=pawprint-export.csv" } });
}
