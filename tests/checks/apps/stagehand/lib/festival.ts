import "server-only";
import { db } from "@/lib/db/kysely";

/** Public data: published line-up of a festival. */
export async function publicLineup(slug: string) {
  const festival = await db.selectFrom("festivals").select(["id", "name", "slug", "starts_at", "ends_at"]).where("slug", "=", slug).where("status", "=", "published").executeTakeFirst();
  if (!festival) return null;
  const sets = await db
    .selectFrom("set_times")
    .innerJoin("artists", "artists.id", "set_times.artist_id")
    .innerJoin("stages", "stages.id", "set_times.stage_id")
    .select(["set_times.id", "artists.name as artist", "artists.slug as artistSlug", "stages.name as stage", "set_times.starts_at", "set_times.ends_at"])
    .where("set_times.festival_id", "=", festival.id)
    .where("set_times.public", "=", true)
    .orderBy("set_times.starts_at")
    .execute();
  return { festival, sets };
}

export async function festivalIdBySlug(slug: string) {
  const row = await db.selectFrom("festivals").select("id").where("slug", "=", slug).executeTakeFirst();
  return row?.id ?? null;
}
