"use server";

import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { pgPool } from "@/lib/db/pg";

// Public pantry directory (pantry names/addresses are published on the website).
// ok: missing-input-validation, excessive-data-exposure
// ok: missing-auth -- (todook until pass 28, H)
export async function findPantries(networkSlug: string) {
  const slug = z.string().regex(/^[a-z0-9-]{2,40}$/).parse(networkSlug);
  return prisma.pantry.findMany({ where: { network: { slug } }, select: { id: true, name: true, address: true } });
}

// why: zip goes into SQL by concatenation without validation
// ok: missing-auth
// ruleid: missing-input-validation
export async function pantriesNearZip(zip: string) {
  // ruleid: sql-injection
  const { rows } = await pgPool.query(`SELECT id, name, address FROM public_pantry_directory WHERE zip LIKE '${zip}%' LIMIT 20`);
  // ok: excessive-data-exposure
  return rows;
}
