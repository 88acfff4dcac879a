import { cookies } from "next/headers";
import { prisma } from "@/lib/db/prisma";
import { secureCompare } from "@/lib/secure-compare";
import { rateLimitByIp } from "@/lib/rate-limit";

// shipper shares a tracking link with the consignee; optional 6-digit passcode
export default async function TrackPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const unlocked = (await cookies()).get(`trk_${token}`)?.value === "1";

  // ok: missing-auth, missing-input-validation
  // ruleid: missing-rate-limit
  async function unlock(formData: FormData) {
    "use server";
    const passcode = formData.get("passcode");
    if (typeof passcode !== "string" || !/^\d{6}$/.test(passcode)) return;
    const share = await prisma.document.findFirst({ where: { kind: "TRACK_SHARE", key: token }, select: { uploadedBy: true } });
    // ruleid: timing-unsafe-comparison
    if (share && share.uploadedBy === passcode) {
      (await cookies()).set(`trk_${token}`, "1", { httpOnly: true, maxAge: 3600 });
    }
  }

  // ok: missing-auth, missing-input-validation, missing-rate-limit
  async function unlockV2(formData: FormData) {
    "use server";
    await rateLimitByIp("track-unlock", 5);
    const passcode = formData.get("passcode");
    if (typeof passcode !== "string" || !/^\d{6}$/.test(passcode)) return;
    const share = await prisma.document.findFirst({ where: { kind: "TRACK_SHARE", key: token }, select: { uploadedBy: true } });
    // ok: timing-unsafe-comparison
    if (share && secureCompare(share.uploadedBy, passcode)) {
      (await cookies()).set(`trk_${token}`, "1", { httpOnly: true, maxAge: 3600 });
    }
  }

  const ping = unlocked ? await prisma.ping.findFirst({ where: { loadId: token }, orderBy: { at: "desc" }, select: { lat: true, lng: true, at: true } }) : null;

  return (
    <main>
      {ping ? (
        <p>
          Last seen {ping.at.toISOString()} at {ping.lat.toFixed(3)}, {ping.lng.toFixed(3)}
        </p>
      ) : (
        <form action={unlocked ? unlockV2 : unlock}>
          <input name="passcode" inputMode="numeric" />
          <button>View shipment</button>
        </form>
      )}
    </main>
  );
}
