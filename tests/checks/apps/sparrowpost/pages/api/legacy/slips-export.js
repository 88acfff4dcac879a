import { createClient } from "@supabase/supabase-js";

const admin = createClient(process.env.NEXT_PUBLIC_SUPABASE_URL, process.env.SUPABASE_SERVICE_ROLE_KEY);

// Old Google Sheets integration pulls this every hour.
// ok: missing-input-validation
// todoruleid: missing-auth -- known gap (pass 39, A): a read of a private table with no user column is not seen as private
export default async function handler(req, res) {
  const { data } = await admin.from("slip_signatures").select("*").order("signed_at", { ascending: false }).limit(1000);
  // ruleid: excessive-data-exposure
  res.status(200).json(data);
}
