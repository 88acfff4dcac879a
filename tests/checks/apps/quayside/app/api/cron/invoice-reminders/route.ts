import { NextResponse } from "next/server";
import { withCronSecret } from "@/lib/route-wrappers";
import { sql } from "@/lib/db/sql";
import { sendMail } from "@/lib/mail";

// Daily 08:00 UTC.
// ok: missing-auth, missing-input-validation
export const GET = withCronSecret(async () => {
  // ok: sql-injection
  const due = await sql`
    select i.id, i.number, i.amount_cents, i.pay_link_token, o.email
    from invoices i join owners o on o.id = i.owner_id
    where i.status = 'open' and i.due_on = current_date + 3`;
  for (const row of due) {
    await sendMail({ to: row.email, subject: `Invoice ${row.number} is due in 3 days`, html: `<p>${process.env.APP_URL}/pay/${row.payLinkToken}</p>` });
  }
  // ok: excessive-data-exposure
  return NextResponse.json({ reminded: due.length });
});
