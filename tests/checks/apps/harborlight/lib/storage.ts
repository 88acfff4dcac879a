import { supabaseAdmin } from "@/lib/auth/supabase";

export async function uploadPhoto(path: string, file: File) {
  const { data, error } = await supabaseAdmin.storage.from("maintenance-photos").upload(path, file, { upsert: false });
  if (error) throw error;
  return data.path;
}
