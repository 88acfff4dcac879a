import "server-only";
import { cache } from "@/lib/db/sqlite";

export type GalleryRow = { id: string; title: string; maker: string; image_url: string; tags: string };

export function searchGallery(term: string, limit = 24) {
  // ok: sql-injection
  return cache.prepare("SELECT id, title, maker, image_url, tags FROM gallery WHERE title LIKE ? OR tags LIKE ? LIMIT ?").all(`%${term}%`, `%${term}%`, limit) as GalleryRow[];
}

export function galleryByTag(tag: string) {
  // ruleid: sql-injection
  return cache.prepare(`SELECT id, title, maker, image_url, tags FROM gallery WHERE tags LIKE '%${tag}%'`).all() as GalleryRow[];
}

export function galleryPage(page: number) {
  const PAGE_SIZE = 24;
  // ok: sql-injection
  return cache.prepare(`SELECT id, title, maker, image_url FROM gallery ORDER BY id DESC LIMIT ${PAGE_SIZE} OFFSET ?`).all(page * PAGE_SIZE) as GalleryRow[];
}

export function workshopCatalogue(kind: string) {
  // ok: sql-injection
  return cache.prepare("SELECT id, title, studio_name, price_cents, starts_at FROM workshops WHERE kind = @kind AND published = 1").all({ kind });
}
