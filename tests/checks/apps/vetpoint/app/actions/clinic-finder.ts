"use server";

import * as v from "valibot";
import { prisma } from "@/lib/db/prisma";
import { pool } from "@/lib/db/pg";

// Public: the clinic finder on the marketing site.
// ok: missing-input-validation // todook: missing-auth -- known gap (pass 36, D): a public directory model read as private
export async function findClinics(postcode: string) {
  const pc = v.parse(v.pipe(v.string(), v.regex(/^[A-Z0-9 ]{2,8}$/i)), postcode);
  const clinics = await prisma.clinic.findMany({
    where: { isPublic: true, postcode: { startsWith: pc.slice(0, 3).toUpperCase() } },
    select: { slug: true, name: true, address: true, city: true, phone: true, lat: true, lng: true },
  });
  // ok: excessive-data-exposure
  return clinics;
}

// ok: missing-auth, missing-input-validation
export async function clinicsNear(lat: number, lng: number) {
  const p = v.parse(v.object({ lat: v.number(), lng: v.number() }), { lat, lng });
  // ok: sql-injection
  const { rows } = await pool.query(
    "SELECT slug, name, city, (point(lng, lat) <@> point($1, $2)) AS miles FROM clinics WHERE is_public ORDER BY miles LIMIT 10",
    [p.lng, p.lat],
  );
  // ok: excessive-data-exposure
  return rows;
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function clinicsByCity(city: string) {
  // ruleid: sql-injection
  const { rows } = await pool.query(`SELECT slug, name, city FROM clinics WHERE is_public AND city = '${city}'`);
  return rows;
}

// ok: missing-input-validation // todook: missing-auth -- (gap judge: ambiguous) a public clinic page handing out the whole row: public or private data is not settled
export async function clinicDetails(slug: string) {
  const s = v.parse(v.pipe(v.string(), v.regex(/^[a-z0-9-]+$/)), slug);
  const clinic = await prisma.clinic.findUnique({ where: { slug: s } });
  // ruleid: excessive-data-exposure
  return clinic;
}
