import { NextResponse } from "next/server";
import * as yup from "yup";
import type { ResultSetHeader } from "mysql2";
import { legacy } from "@/lib/db/mysql";
import { assertCoordinator } from "@/lib/auth/guards";
import { requireDriver } from "@/lib/auth/iron";
import { prisma } from "@/lib/db/prisma";

// ok: missing-auth
export async function GET() {
  const driver = await requireDriver();
  const stores = await prisma.store.findMany({ where: { id: { in: driver.storeIds ?? [] } }, select: { id: true, name: true, address: true } });
  // ok: excessive-data-exposure
  return NextResponse.json(stores);
}

const storeSchema = yup.object({ name: yup.string().required().max(120), address: yup.string().required(), contactEmail: yup.string().email() });

// ok: missing-auth, missing-input-validation
export async function POST(req: Request) {
  await assertCoordinator();
  const body = await storeSchema.validate(await req.json(), { stripUnknown: true });
  try {
    // ok: sql-injection, mass-assignment
    const [res] = await legacy.execute<ResultSetHeader>("INSERT INTO stores (name, address, contact_email) VALUES (?, ?, ?)", [body.name, body.address, body.contactEmail ?? null]);
    return NextResponse.json({ id: res.insertId }, { status: 201 });
  } catch (e) {
    // ruleid: information-disclosure
    return NextResponse.json({ error: (e as Error).message }, { status: 500 });
  }
}
