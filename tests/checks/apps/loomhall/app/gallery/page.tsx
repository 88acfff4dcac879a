import { galleryPage } from "@/lib/data/gallery";
import { rateLimitByIp } from "@/lib/rate-limit";
import { cache } from "@/lib/db/sqlite";

export default async function GalleryPage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const { page } = await searchParams;
  const items = galleryPage(Math.max(0, Number(page ?? 0) || 0));

  // Public "report this image" button.
  // ok: missing-input-validation, missing-auth
  async function reportImage(formData: FormData) {
    "use server";
    await rateLimitByIp("gallery-report");
    const id = formData.get("id");
    if (typeof id !== "string" || !/^[a-z0-9]{10,32}$/.test(id)) return;
    // ok: sql-injection
    cache.prepare("UPDATE gallery SET reports = reports + 1 WHERE id = ?").run(id);
  }

  return (
    <main>
      {items.map((i) => (
        <figure key={i.id}>
          <img src={i.image_url} alt={i.title} />
          <figcaption>{i.title} — {i.maker}</figcaption>
          <form action={reportImage}>
            <input type="hidden" name="id" value={i.id} />
            <button>Report</button>
          </form>
        </figure>
      ))}
    </main>
  );
}
