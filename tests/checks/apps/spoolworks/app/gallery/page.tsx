import { searchPublicModels } from "@/lib/search";
import { GallerySearch } from "@/components/GallerySearch";

export const revalidate = 60;

export default async function GalleryPage() {
  const models = await searchPublicModels("", "popular", 48);
  return (
    <main>
      <GallerySearch />
      <ul className="grid grid-cols-4 gap-4">
        {models.map((m) => (
          <li key={m.id}>
            <img src={m.thumbnail_url} alt="" />
            <a href={`/models/${m.id}`}>{m.title}</a>
          </li>
        ))}
      </ul>
    </main>
  );
}
