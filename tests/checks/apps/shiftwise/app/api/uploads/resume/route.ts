import { NextResponse } from "next/server";
import { signedPutUrl } from "@/lib/s3";

// Public: applicants have no account.
// ok: missing-auth
// ruleid: missing-input-validation
export async function POST(req: Request) {
  const { fileName, contentType } = await req.json();
  const key = `resumes/${Date.now()}-${fileName}`;
  const url = await signedPutUrl(key, contentType);
  return NextResponse.json({ key, url });
}
