import "server-only";
import { supabaseAdmin } from "@/lib/supabase/admin";

export const PHOTO_BUCKET = "ticket-photos";

export async function signedPhotoUrl(path: string) {
  const { data } = await supabaseAdmin.storage.from(PHOTO_BUCKET).createSignedUrl(path, 60 * 10);
  return data?.signedUrl ?? null;
}
