import "server-only";
import { createClient } from "@supabase/supabase-js";

// service role: bypasses RLS, server only
export const adminSupabase = createClient(process.env.NEXT_PUBLIC_SUPABASE_URL!, process.env.SUPABASE_SERVICE_ROLE_KEY!, {
  auth: { persistSession: false, autoRefreshToken: false },
});
