import { NextResponse } from "next/server";
import { signedPutUrl } from "@/lib/s3";

// Public: applicants have no account.
// ok: missing-auth
// todoruleid: missing-input-validation -- the raw fileName reaches an S3 presign key: rule 3's sink list does not name object storage (gap judge: ambiguous)
export async function POST(req: Request) {
  const { fileName, contentType } = await req.json();
  const key = `resumes/${Date.now()}-${fileName}`;
  const url = await signedPutUrl(key, contentType);
  return NextResponse.json({ key, url });
}
