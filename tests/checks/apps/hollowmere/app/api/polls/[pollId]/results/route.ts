import { NextResponse } from "next/server";
import { sql } from "@/lib/db";

// Embedded in the association's newsletter iframe.
// todoruleid: missing-auth -- known gap (pass 41, H): public route returning voters' names (profiles join) read as public data
export async function GET(_req: Request, { params }: { params: Promise<{ pollId: string }> }) {
  const { pollId } = await params;
  // ok: sql-injection
  const rows = await sql`
    select o.label, count(v.voter_id)::int as votes, array_agg(p.full_name) as voters
      from poll_options o left join poll_votes v on v.option_id = o.id left join profiles p on p.id = v.voter_id
     where o.poll_id = ${pollId} group by o.label
  `;
  return NextResponse.json({ results: rows });
}
