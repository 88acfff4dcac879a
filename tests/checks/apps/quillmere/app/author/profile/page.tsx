import { z } from "zod";
import { revalidatePath } from "next/cache";
import { requireAuthor } from "@/lib/auth/better-auth";
import { sql } from "@vercel/postgres";

export default async function AuthorProfilePage() {
  const author = await requireAuthor();
  // ok: sql-injection
  const { rows } = await sql`SELECT bio, slug, photo_url FROM public_authors WHERE user_id = ${author.id}`;
  const profile = rows[0];

  // ok: missing-auth, missing-input-validation
  async function saveBio(formData: FormData) {
    "use server";
    const me = await requireAuthor();
    const { bio, slug } = z.object({ bio: z.string().max(3000), slug: z.string().regex(/^[a-z0-9-]{3,40}$/) }).parse(Object.fromEntries(formData));
    // ok: sql-injection, missing-authorization
    await sql`UPDATE public_authors SET bio = ${bio}, slug = ${slug} WHERE user_id = ${me.id}`;
    revalidatePath("/author/profile");
  }

  // ok: missing-auth
  // ruleid: missing-input-validation
  async function publishProfile(formData: FormData) {
    "use server";
    const me = await requireAuthor();
    const userId = formData.get("userId") as string;
    // ruleid: missing-authorization
    await sql`UPDATE public_authors SET published = true WHERE user_id = ${userId}`;
  }

  return (
    <form action={saveBio}>
      <input type="hidden" name="userId" value={author.id} />
      <textarea name="bio" defaultValue={profile?.bio} />
      <input name="slug" defaultValue={profile?.slug} />
      <button>Save</button>
      <button formAction={publishProfile}>Publish</button>
    </form>
  );
}
