import "server-only";
import { createClient } from "@supabase/supabase-js";

// anon key, no user session: only public tables (schedule, standings, published scores)
export const publicSupabase = createClient(process.env.NEXT_PUBLIC_SUPABASE_URL!, process.env.NEXT_PUBLIC_SUPABASE_ANON_KEY!, {
  auth: { persistSession: false },
});
