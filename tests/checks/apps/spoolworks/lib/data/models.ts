import "server-only";
import { verifySession } from "@/lib/dal";

// Maker-owned models. Every query is scoped to the signed-in maker.
export async function listMyModels() {
  const { user, supabase } = await verifySession();
  const { data } = await supabase
    .from("models")
    .select("id, title, is_public, download_count, created_at")
    .eq("owner_id", user.id)
    .order("created_at", { ascending: false });
  return data ?? [];
}

export async function getMyModel(modelId: string) {
  const { user, supabase } = await verifySession();
  const { data } = await supabase
    .from("models")
    .select("id, title, description, license, is_public, tags, file_path")
    .eq("id", modelId)
    .eq("owner_id", user.id)
    .single();
  return data;
}

export async function deleteMyModel(modelId: string) {
  const { user, supabase } = await verifySession();
  const { error } = await supabase.from("models").delete().eq("id", modelId).eq("owner_id", user.id);
  if (error) throw new Error("Could not delete model");
}
