import { randomBytes } from "node:crypto";
import QRCode from "qrcode";
import dbConnect from "@/lib/db";
import User from "@/models/User";
import { verifySession } from "@/lib/session";
import { sha256 } from "@/lib/secure-compare";

export const dynamic = "force-dynamic";

export default async function CheckinPage() {
  const { userId } = await verifySession();
  const token = randomBytes(24).toString("base64url");
  await dbConnect();
  await User.updateOne({ _id: userId }, { $set: { qrToken: sha256(token) } });
  const dataUrl = await QRCode.toDataURL(token, { margin: 1, width: 320 });
  return (
    <div className="text-center">
      <h1 className="text-xl">Scan at the door</h1>
      {/* eslint-disable-next-line @next/next/no-img-element */}
      <img src={dataUrl} alt="Check-in code" className="mx-auto" />
      <p className="text-sm">The code changes every time you open this page.</p>
    </div>
  );
}
