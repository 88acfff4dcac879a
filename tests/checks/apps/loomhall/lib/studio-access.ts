import "server-only";
import { createClient } from "@/lib/supabase/server";
import { prisma } from "@/lib/db/prisma";

// Gallery ownership lives in Supabase (gallery_items.owner_id); studio membership in Prisma.
export async function canEditGalleryItem(userId: string, itemId: string): Promise<boolean> {
  const supabase = await createClient();
  const { data } = await supabase.from("gallery_items").select("owner_id, studio_id").eq("id", itemId).single();
  if (!data) return false;
  if (data.owner_id === userId) return true;
  const lead = await prisma.studioMember.findFirst({ where: { studioId: data.studio_id, userId, role: "LEAD" }, select: { id: true } });
  return Boolean(lead);
}

export async function requireStudioMember(userId: string, studioId: string) {
  const m = await prisma.studioMember.findFirst({ where: { studioId, userId }, select: { role: true } });
  if (!m) throw new Error("Not a member of this studio");
  return m;
}
