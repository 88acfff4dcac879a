import { NextResponse } from "next/server";
import { z } from "zod";
import { withOrg } from "@/lib/route-wrappers";
import { getEm, Invoice } from "@/lib/db/orm";
import { Id, IsoDate } from "@/lib/validation/schemas";

type P = { orgId: string; id: string };

// ok: missing-auth, missing-input-validation
export const GET = withOrg<P>(async (_req, { params }) => {
  const em = await getEm();
  // ruleid: missing-authorization
  const invoice = await em.findOne(Invoice, { id: params.id });
  if (!invoice) return NextResponse.json({ error: "not_found" }, { status: 404 });
  // ok: excessive-data-exposure
  return NextResponse.json({ id: invoice.id, number: invoice.number, amountCents: invoice.amountCents, status: invoice.status, dueOn: invoice.dueOn });
});

const Patch = z.object({ dueOn: IsoDate.optional(), amountCents: z.number().int().positive().optional() }).strict();

// ok: missing-auth, missing-input-validation
export const PATCH = withOrg<P>(async (req, { session, params }) => {
  const id = Id.parse(params.id);
  const parsed = Patch.safeParse(await req.json());
  if (!parsed.success) return NextResponse.json({ error: "invalid" }, { status: 422 });
  const em = await getEm();
  // ok: missing-authorization
  const n = await em.nativeUpdate(Invoice, { id, org: session.orgId, status: "open" },
    // ok: mass-assignment
    parsed.data,
  );
  return NextResponse.json({ updated: n });
});
