import { NextResponse } from "next/server";
import { galleryPage } from "@/lib/data/gallery";

// ok: missing-auth, missing-input-validation
export async function GET(req: Request) {
  const page = Number(new URL(req.url).searchParams.get("page") ?? 0);
  if (!Number.isInteger(page) || page < 0 || page > 500) return NextResponse.json({ error: "Bad page" }, { status: 400 });
  const items = galleryPage(page);
  // ok: excessive-data-exposure
  return NextResponse.json(items.map((i) => ({ id: i.id, title: i.title, maker: i.maker, imageUrl: i.image_url })));
}
