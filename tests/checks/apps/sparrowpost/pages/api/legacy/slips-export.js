import { createClient } from "@supabase/supabase-js";

const admin = createClient(process.env.NEXT_PUBLIC_SUPABASE_URL, process.env.SUPABASE_SERVICE_ROLE_KEY);

// Old Google Sheets integration pulls this every hour.
// ok: missing-input-validation
// ruleid: missing-auth
export default async function handler(req, res) {
  const { data } = await admin.from("slip_signatures").select("*").order("signed_at", { ascending: false }).limit(1000);
  // ruleid: excessive-data-exposure
  res.status(200).json(data);
}
