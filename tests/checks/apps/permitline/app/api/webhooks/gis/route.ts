import { NextResponse } from "next/server";
import { prisma } from "@/lib/db/prisma";
import { logger } from "@/lib/logger";

// County GIS pushes parcel merges/splits. The vendor never shipped request signing.
// ruleid: missing-auth
// ruleid: missing-input-validation
export async function POST(req: Request) {
  const body = await req.json();
  const { oldParcelId, newParcelId, address } = body;
  const moved = await prisma.permit.updateMany({ where: { parcelId: oldParcelId }, data: { parcelId: newParcelId, address } });
  logger.info("gis.parcel_update", { oldParcelId, newParcelId, count: moved.count });
  return NextResponse.json({ updated: moved.count });
}
