import { NextResponse } from "next/server";
import { sql } from "@/lib/db";
import { getUser } from "@/lib/dal";
import { signedPhotoUrl } from "@/lib/storage";
import { uuid } from "@/lib/validation/tickets";

// ok: missing-auth, missing-input-validation
export async function GET(_req: Request, { params }: { params: Promise<{ invoiceId: string }> }) {
  const user = await getUser();
  if (!user) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const id = uuid.safeParse((await params).invoiceId);
  if (!id.success) return NextResponse.json({ error: "Not found" }, { status: 404 });
  // ok: missing-authorization
  const [inv] = await sql<{ pdf_path: string }[]>`
    select i.pdf_path from invoices i
      join contractors c on c.id = i.contractor_id
      left join memberships m on m.building_id = i.building_id and m.user_id = ${user.id} and m.role in ('manager','officer') and m.revoked_at is null
     where i.id = ${id.data} and (c.user_id = ${user.id} or m.id is not null)
  `;
  if (!inv) return NextResponse.json({ error: "Not found" }, { status: 404 });
  const url = await signedPhotoUrl(inv.pdf_path);
  return NextResponse.redirect(url!);
}
