import { createServerClient } from "@supabase/ssr";
import { cookies } from "next/headers";

// Farmer portal data lives in Supabase (RLS is configured in the dashboard, not visible here).
export async function createClient() {
  const cookieStore = await cookies();
  return createServerClient(process.env.NEXT_PUBLIC_SUPABASE_URL!, process.env.NEXT_PUBLIC_SUPABASE_ANON_KEY!, {
    cookies: {
      getAll() {
        return cookieStore.getAll();
      },
      setAll(toSet) {
        for (const { name, value, options } of toSet) cookieStore.set(name, value, options);
      },
    },
  });
}
