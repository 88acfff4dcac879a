import "server-only";

const BUCKET_URL = process.env.STORAGE_BUCKET_URL ?? "https://storage.studiopass.internal";

export async function putObject(key: string, body: Buffer, contentType: string): Promise<string> {
  const res = await fetch(`${BUCKET_URL}/${encodeURI(key)}`, {
    method: "PUT",
    headers: { "content-type": contentType, authorization: `Bearer ${process.env.STORAGE_TOKEN}` },
    body,
  });
  if (!res.ok) throw new Error(`upload failed with ${res.status}`);
  return `${BUCKET_URL}/${key}`;
}
