import { NextResponse, type NextRequest } from "next/server";
import * as v from "valibot";
import { prisma } from "@/lib/db/prisma";

export const revalidate = 300;

// Public clinic finder JSON.
// ok: missing-auth, missing-input-validation
export async function GET(req: NextRequest) {
  const city = v.parse(v.optional(v.pipe(v.string(), v.maxLength(60))), req.nextUrl.searchParams.get("city") ?? undefined);
  const clinics = await prisma.clinic.findMany({
    where: { isPublic: true, ...(city ? { city: { equals: city, mode: "insensitive" } } : {}) },
    select: { slug: true, name: true, city: true, postcode: true, phone: true, lat: true, lng: true },
  });
  // ok: excessive-data-exposure
  return NextResponse.json(clinics);
}
