import { NextResponse } from "next/server";
import { searchGallery, galleryByTag } from "@/lib/data/gallery";

// ok: missing-auth
// ruleid: missing-input-validation
export async function GET(req: Request) {
  const params = new URL(req.url).searchParams;
  const tag = params.get("tag");
  if (tag) return NextResponse.json(galleryByTag(tag).map((g) => ({ id: g.id, title: g.title, imageUrl: g.image_url })));
  const q = (params.get("q") ?? "").slice(0, 80);
  return NextResponse.json(searchGallery(q).map((g) => ({ id: g.id, title: g.title, imageUrl: g.image_url })));
}
