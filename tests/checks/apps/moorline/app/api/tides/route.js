import { NextResponse } from "next/server";

const STATIONS = { falmouth: "0005", plymouth: "0014", cowes: "0060" };

/** Public tide times proxy for the berth map (plain JS route from the original prototype). */
// ok: missing-auth, missing-input-validation
export async function GET(req) {
  const station = new URL(req.url).searchParams.get("station");
  const id = STATIONS[station];
  if (!id) return NextResponse.json({ error: "Unknown station" }, { status: 404 });
  const res = await fetch(`https://admiraltyapi.azure-api.net/uktidalapi/api/V1/Stations/${id}/TidalEvents`, {
    headers: { "Ocp-Apim-Subscription-Key": process.env.ADMIRALTY_KEY },
    next: { revalidate: 3600 },
  });
  return NextResponse.json(await res.json());
}
